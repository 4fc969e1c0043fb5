// The declaration form export: unzip the .docx with jszip and read word/document.xml.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  buildDeclarationFormDocx,
  MISSING,
  type DeclarationFormDocxInput,
} from '../../../src/server/exports/declaration-form-docx.js';
import { wan } from '../../../src/domain/money.js';

const generatedAt = new Date('2026-10-10T01:05:00Z'); // 09:05 in Asia/Shanghai

async function documentXml(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/document.xml');
  expect(file).not.toBeNull();
  return file!.async('string');
}

/** The visible text, with adjacent runs/cells joined (label cell + value cell read as one). */
const plain = (xml: string) => xml.replace(/<[^>]+>/g, '');

const project: DeclarationFormDocxInput['project'] = {
  code: 'XM-2027-007',
  name: '宿城区智慧停车管理平台',
  planYear: 2027,
  declaringOrg: '区住建局',
  leadOrg: '区住建局',
  coOrgs: ['区公安分局', '区城管局'],
  category: 'service_system',
  kind: 'build',
  classified: false,
  totalFen: wan(300),
  form: {
    fundingSources: [
      { source: 'fiscal', amountFen: wan(250) },
      { source: 'soe', amountFen: wan(50) },
    ],
    budgetBreakdown: {
      development: wan(200),
      implementation: wan(50),
      maintenance: wan(20),
      training: wan(10),
      supervision: wan(15),
    },
    yearlyBudgets: [
      { year: 2027, amountFen: wan(200) },
      { year: 2028, amountFen: wan(100) },
    ],
    dataResources: [{ name: '泊位基础信息', costFen: wan(5) }],
    sharingList: [
      { item: '停车泊位实时数据', direction: 'provide', interface: '市一体化公共数据平台 API', frequency: '实时' },
    ],
    deployment: { mode: 'gov_cloud' },
    commonPlatforms: ['unified_identity', 'suxinban'],
    commonPlatformsNoneReason: null,
    scenario: { area: 'smart_city', description: '一键找位、无感支付' },
    mlpsLevel: 3,
    cryptoPlan: null,
    secureReliableStatement: '采用国产操作系统与数据库',
    predecessor: null,
    performanceTargets: [{ indicator: '泊位周转率', target: '提升20%' }],
  },
};

describe('buildDeclarationFormDocx', () => {
  it('fills the form from the project and marks missing fields', async () => {
    const buf = await buildDeclarationFormDocx({
      project,
      contact: { name: '张三', phone: '0527-84000000' },
      generatedAt,
    });
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const text = plain(await documentXml(buf));
    expect(text).toContain('宿城区信息化项目申报表');
    expect(text).toContain('项目编号：XM-2027-007');
    expect(text).toContain('计划年度：2027年');
    expect(text).toContain('项目名称宿城区智慧停车管理平台');
    expect(text).toContain('申报单位区住建局');
    expect(text).toContain('共建单位：区公安分局、区城管局');
    expect(text).toContain('项目类别服务系统');
    expect(text).toContain('建设性质建设类');
    expect(text).toContain('是否涉密否');
    expect(text).toContain('总投资（万元）300.00');
    expect(text).toContain('财政资金(含上级补助)：250.00万元国有企业投资：50.00万元');
    expect(text).toContain('开发费：200.00万元');
    expect(text).toContain('其他费用：（未填写）'); // budget item left out
    expect(text).toContain('合计：295.00万元');
    expect(text).toContain('2028年：100.00万元');
    expect(text).toContain('1. 泊位基础信息；成本：5.00万元');
    expect(text).toContain('1. 停车泊位实时数据；共享提供；接口：市一体化公共数据平台 API；频率：实时');
    expect(text).toContain('部署方式政务云');
    expect(text).toContain('统一身份认证系统、宿心办');
    expect(text).toContain('领域：智慧城市');
    expect(text).toContain('网络安全等级保护级别第三级');
    expect(text).toContain(`密码应用方案${MISSING}`); // cryptoPlan null
    expect(text).toContain('安全可靠情况采用国产操作系统与数据库');
    expect(text).toContain('1. 泊位周转率：提升20%');
    expect(text).toContain('续建/前序项目无');
    expect(text).toContain('张三　0527-84000000');
    expect(text).toContain('申报单位（盖章）');
    expect(text).toContain('单位负责人签字');
    expect(text).toContain('本表由宿城区信息化项目管理平台生成');
    expect(text).toContain('2026-10-10 09:05');
  });

  it('prints（未填写）for every field of an empty draft', async () => {
    const text = plain(
      await documentXml(
        await buildDeclarationFormDocx({
          project: {
            code: 'XM-2027-008',
            name: '某运维项目',
            planYear: 2027,
            declaringOrg: '区教育局',
            coOrgs: [],
            category: null,
            kind: 'operate',
            classified: true,
            totalFen: 0,
            form: {},
          },
          generatedAt,
        }),
      ),
    );
    expect(text).toContain('项目类别（未填写）');
    expect(text).toContain('总投资（万元）（未填写）');
    expect(text).toContain('资金来源（未填写）');
    expect(text).toContain('部署方式（未填写）');
    expect(text).toContain('续建/前序项目（未填写）'); // O&M must name its predecessor
    expect(text).toContain('涉密与非涉密部分拆分说明：（未填写）');
    expect(text).toContain('联系人及电话（未填写）');
    expect(text.split(MISSING).length - 1).toBeGreaterThanOrEqual(20);
    expect(text).toContain('申报单位（盖章）');
  });
});

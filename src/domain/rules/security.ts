// Classified projects and security statements (Art.10(1)6–8, 20, 21).
import { finding, hasText } from './cite.js';
import type { Finding, Rule } from './types.js';

/**
 * Art.10(1)6: "涉密项目应坚持最小化原则……将涉密部分与非涉密部分拆分说明，不得在涉密项目中夹杂非密内容。"
 * A classified project states how it splits its parts (warn if not), and is reminded (info) that
 * only the non-classified part may be on the platform (SPEC §2).
 */
export const ruleClassified: Rule<'declare'> = {
  id: 'R-CLASSIFIED',
  article: 'Art.10(1)6',
  stage: 'declare',
  severity: 'warn',
  effects: ['warn', 'info'],
  title: '涉密项目将涉密部分与非涉密部分拆分说明；平台不存放涉密内容',
  titleEn: 'Classified projects split their classified and non-classified parts; nothing classified on the platform',
  params: () => ({}),
  check(input) {
    if (!input.classified) return [];
    const out: Finding[] = [
      finding(
        ruleClassified,
        'info',
        '涉密项目：平台仅保存非涉密部分，请勿上传涉密内容',
        'Classified project: the platform keeps only the non-classified part; do not upload classified content',
        'classified',
      ),
    ];
    if (!hasText(input.classifiedSplitStatement)) {
      out.push(
        finding(
          ruleClassified,
          'warn',
          '涉密项目应坚持最小化原则，将涉密部分与非涉密部分拆分说明',
          'A classified project must describe its classified and non-classified parts separately (minimisation)',
          'classifiedSplitStatement',
        ),
      );
    }
    return out;
  },
};

/**
 * Art.10(1)7: "项目应当采购安全可靠的软硬件产品"; Art.10(1)8 (outsourcing security); Art.20 网络安全
 * (等级保护); Art.21: "同步规划、同步建设、同步运行密码保障系统". The declaration states the 等保 level
 * (1–5), the crypto plan and the 安全可靠 statement.
 */
export const ruleSecure: Rule<'declare'> = {
  id: 'R-SECURE',
  article: 'Art.10(1)7–8, 20, 21',
  stage: 'declare',
  severity: 'warn',
  effects: ['warn'],
  title: '明确网络安全等级保护级别、密码应用方案和安全可靠产品情况',
  titleEn: 'State the MLPS level, the crypto plan and the secure-and-reliable products statement',
  params: () => ({ mlpsLevels: [1, 2, 3, 4, 5] }),
  check(input) {
    const out: Finding[] = [];
    const level = input.mlpsLevel;
    if (level === null || !Number.isInteger(level) || level < 1 || level > 5) {
      out.push(
        finding(
          ruleSecure,
          'warn',
          '未明确网络安全等级保护级别（一至五级）',
          'The MLPS (等保) level (1–5) is not stated',
          'mlpsLevel',
          'Art.20',
        ),
      );
    }
    if (!hasText(input.cryptoPlan)) {
      out.push(
        finding(
          ruleSecure,
          'warn',
          '未说明密码应用方案；应同步规划、同步建设、同步运行密码保障系统',
          'No commercial-crypto plan: crypto is planned, built and run together with the system',
          'cryptoPlan',
          'Art.21',
        ),
      );
    }
    if (!hasText(input.secureReliableStatement)) {
      out.push(
        finding(
          ruleSecure,
          'warn',
          '未说明安全可靠软硬件产品采购情况；项目应当采购安全可靠的软硬件产品',
          'No statement on secure and reliable software and hardware products',
          'secureReliableStatement',
          'Art.10(1)7',
        ),
      );
    }
    return out;
  },
};

// Declaration materials and the construction plan's contents (Art.10(1), 10(1)1, 10(1)5).
import { finding, hasText } from './cite.js';
import type { Finding, Rule } from './types.js';

/**
 * Art.10(1): "申报材料包括但不限于：项目申报表、建设方案、建设依据支撑材料以及集体研究意见。"
 * One blocking finding per missing document type.
 */
export const ruleMaterials: Rule<'declare'> = {
  id: 'R-MATERIALS',
  article: 'Art.10(1)',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '申报材料包括项目申报表、建设方案、建设依据支撑材料以及集体研究意见',
  titleEn: 'Attach the declaration form, construction plan, basis documents and collective decision',
  params: (ed) => ({ requiredMaterials: ed.lists.requiredMaterials }),
  check(input, ed) {
    return ed.lists.requiredMaterials.value
      .filter((m) => !input.materials.includes(m.code))
      .map((m) =>
        finding(ruleMaterials, 'block', `缺少申报材料：${m.zh}`, `Missing material: ${m.en}`, `materials.${m.code}`),
      );
  },
};

/**
 * Art.10(1)1: "项目建设背景依据、必要性和可行性、投资估(概)算及资金来源、建设目标、内容、工期、信息资源目录、
 * 网络和数据安全体系、软硬件配置、算力需求、项目特色、创新性应用场景等基本内容。" One warning per missing item.
 */
export const rulePlanContent: Rule<'declare'> = {
  id: 'R-PLAN-CONTENT',
  article: 'Art.10(1)1',
  stage: 'declare',
  severity: 'warn',
  effects: ['warn'],
  title: '建设方案应包括背景依据、必要性和可行性等十二项基本内容',
  titleEn: 'The construction plan covers the twelve basic contents',
  params: (ed) => ({ planContents: ed.lists.planContents }),
  check(input, ed) {
    return ed.lists.planContents.value
      .filter((c) => !input.planChapters.includes(c.code))
      .map((c) =>
        finding(
          rulePlanContent,
          'warn',
          `建设方案缺少基本内容：${c.zh}`,
          `The construction plan lacks: ${c.en}`,
          `planChapters.${c.code}`,
        ),
      );
  },
};

/**
 * Art.10(1)5: "必须包括独立的数据共享需求分析和网络安全需求分析章节，对数据共享开放清单、流程、接口、频率、
 * 网络安全需求作详细说明。" Both chapters present, and a sharing list whose every line names the item,
 * its interface and its frequency.
 */
export const ruleChapters: Rule<'declare'> = {
  id: 'R-CHAPTERS',
  article: 'Art.10(1)5',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '必须包括独立的数据共享需求分析和网络安全需求分析章节及数据共享开放清单',
  titleEn: 'Independent data-sharing and network-security chapters, and a sharing list with interfaces and frequency',
  params: (ed) => ({ requiredChapters: ed.lists.requiredChapters }),
  check(input, ed) {
    const out: Finding[] = ed.lists.requiredChapters.value
      .filter((c) => !input.planChapters.includes(c.code))
      .map((c) =>
        finding(
          ruleChapters,
          'block',
          `建设方案必须包括独立的“${c.zh}”章节`,
          `The plan must have an independent chapter: ${c.en}`,
          `planChapters.${c.code}`,
        ),
      );
    if (input.sharingList.length === 0) {
      out.push(
        finding(
          ruleChapters,
          'block',
          '须列明数据共享开放清单，并对流程、接口、频率作详细说明',
          'List the data to be shared or opened, with process, interface and frequency',
          'sharingList',
        ),
      );
    }
    const parts = [
      ['item', '数据项', 'the data item'],
      ['interface', '接口', 'the interface'],
      ['frequency', '频率', 'the frequency'],
    ] as const;
    input.sharingList.forEach((line, i) => {
      for (const [key, zh, en] of parts) {
        if (hasText(line[key])) continue;
        out.push(
          finding(
            ruleChapters,
            'block',
            `数据共享开放清单第${i + 1}项未说明${zh}`,
            `Line ${i + 1} of the sharing list does not state ${en}`,
            `sharingList[${i}].${key}`,
          ),
        );
      }
    });
    return out;
  },
};

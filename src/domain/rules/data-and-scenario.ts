// "无有效数据则不建系统", "无创新场景则不建系统" (Art.3) and "先共享再续建" (Art.7).
import { finding, hasText } from './cite.js';
import type { DataResource } from './declaration-input.js';
import type { Finding, Rule } from './types.js';

/** A data resource counts as valid when it names something: a non-blank, non-placeholder name. */
export function isValidDataResource(r: DataResource): boolean {
  return hasText(r.name);
}

/**
 * Art.3: "公共数据从‘烟囱式’向‘平台式’转变，无有效数据则不建系统". A data, business or service
 * system (the edition's systemCategories) lists at least one valid data resource.
 */
export const ruleData: Rule<'declare'> = {
  id: 'R-DATA',
  article: 'Art.3',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '无有效数据则不建系统',
  titleEn: 'No valid data, no system',
  params: (ed) => ({ systemCategories: ed.params.systemCategories }),
  check(input, ed) {
    if (!ed.params.systemCategories.value.includes(input.category)) return [];
    if (input.dataResources.some(isValidDataResource)) return [];
    return [
      finding(
        ruleData,
        'block',
        '数据系统、业务系统、服务系统须列明至少一项有效数据资源；无有效数据则不建系统',
        'A data, business or service system must list at least one valid data resource: no valid data, no system',
        'dataResources',
      ),
    ];
  },
};

/**
 * Art.3: "建设模式从‘建项目’向‘谋场景’转变，无创新场景则不建系统，重点围绕数字经济、数字社会、数字政府、
 * 智慧城市建设打造创新应用场景". Every declaration names one of the four areas and describes the scenario.
 */
export const ruleScenario: Rule<'declare'> = {
  id: 'R-SCENARIO',
  article: 'Art.3',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '无创新场景则不建系统',
  titleEn: 'No innovation scenario, no system',
  params: (ed) => ({ scenarioAreas: ed.lists.scenarioAreas }),
  check(input, ed) {
    const areas = ed.lists.scenarioAreas.value;
    const names = areas.map((a) => a.zh).join('、');
    const { scenario } = input;
    const out: Finding[] = [];
    if (!scenario || !areas.some((a) => a.code === scenario.area)) {
      out.push(
        finding(
          ruleScenario,
          'block',
          `须选择创新应用场景领域（${names}之一）；无创新场景则不建系统`,
          `Choose the innovation scenario area (${areas.map((a) => a.en).join(', ')}): no innovation scenario, no system`,
          'scenario.area',
        ),
      );
    }
    if (!scenario || !hasText(scenario.description)) {
      out.push(
        finding(
          ruleScenario,
          'block',
          '须描述创新应用场景；无创新场景则不建系统',
          'Describe the innovation scenario: no innovation scenario, no system',
          'scenario.description',
        ),
      );
    }
    return out;
  },
};

/**
 * Art.7: "建立信息化项目建设与数据共享挂钩机制，未落实数据共享开放要求的不予批准项目建设，做到先共享再续建、
 * 新建设必共享。" A declaration that continues a project whose sharing duties are unfulfilled is refused.
 */
export const ruleSharePrior: Rule<'declare'> = {
  id: 'R-SHARE-PRIOR',
  article: 'Art.7',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '先共享再续建',
  titleEn: 'Share first, then continue',
  params: () => ({}),
  check(input) {
    const prior = input.predecessor;
    if (!prior || prior.sharingFulfilled) return [];
    return [
      finding(
        ruleSharePrior,
        'block',
        `前序项目（${prior.projectId}）未落实数据共享开放要求，不予批准项目建设；须先共享再续建`,
        `The predecessor project (${prior.projectId}) has not fulfilled its data sharing duties: share first, then continue`,
        'predecessor',
      ),
    ];
  },
};

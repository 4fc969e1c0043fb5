// Government cloud and common platforms (Art.6; Art.10(1)4 for the cloud).
import { finding, hasText } from './cite.js';
import type { Finding, Rule } from './types.js';

/**
 * Art.6: "除有关法律法规规定和保密要求外，信息化项目原则上部署在政务云……采购使用其他云计算服务的，
 * 应委托通过《云计算服务安全评估办法》的服务商。" Art.10(1)4: "不得申报未按要求使用政务云平台……的项目".
 * gov_cloud passes; assessed_cloud needs the provider and its assessment; exempt needs the basis.
 */
export const ruleCloud: Rule<'declare'> = {
  id: 'R-CLOUD',
  article: 'Art.6, 10(1)4',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '原则上部署在政务云；其他云须通过云计算服务安全评估；豁免须有法律法规或保密依据',
  titleEn: 'Deploy on the government cloud, an assessed cloud, or state the legal/secrecy exemption',
  params: (ed) => ({ deploymentModes: ed.lists.deploymentModes }),
  check(input, ed) {
    const d = input.deployment;
    const modes = ed.lists.deploymentModes.value;
    const block = (zh: string, en: string, field: string): Finding => finding(ruleCloud, 'block', zh, en, field);
    if (!modes.some((m) => m.code === d.mode)) {
      return [
        block(
          `须选择部署方式：${modes.map((m) => m.zh).join('、')}；信息化项目原则上部署在政务云`,
          `Choose the deployment: ${modes.map((m) => m.en).join(', ')}; projects are deployed on the government cloud in principle`,
          'deployment.mode',
        ),
      ];
    }
    const out: Finding[] = [];
    if (d.mode === 'assessed_cloud') {
      if (!hasText(d.provider)) {
        out.push(block('采购使用其他云计算服务的，须写明服务商', 'Name the cloud provider', 'deployment.provider'));
      }
      if (!hasText(d.assessmentRef)) {
        out.push(
          block(
            '采购使用其他云计算服务的，应委托通过《云计算服务安全评估办法》的服务商，须写明其评估结果',
            'Other cloud services must come from a provider that passed the cloud service security assessment: give the assessment reference',
            'deployment.assessmentRef',
          ),
        );
      }
    }
    if (d.mode === 'exempt' && !hasText(d.exemptBasis)) {
      out.push(
        block(
          '不部署在政务云的，须写明所依据的法律法规规定或保密要求',
          'Not deploying on the government cloud requires the legal or secrecy basis',
          'deployment.exemptBasis',
        ),
      );
    }
    return out;
  },
};

/**
 * Art.6: "充分考虑利用协同办公系统、宿心办、宿慧办、e览宿城、统一身份认证系统、政务服务一体化平台、
 * 政府网站集约化平台等共性支撑平台". The declaration names the platforms reused, or why none.
 */
export const ruleCommon: Rule<'declare'> = {
  id: 'R-COMMON',
  article: 'Art.6',
  stage: 'declare',
  severity: 'warn',
  effects: ['warn'],
  title: '说明利用的共性支撑平台，或不利用的理由',
  titleEn: 'State the common platforms reused, or why none',
  params: (ed) => ({ commonPlatforms: ed.lists.commonPlatforms }),
  check(input, ed) {
    const platforms = ed.lists.commonPlatforms.value;
    const reused = input.commonPlatforms.filter((c) => platforms.some((p) => p.code === c));
    if (reused.length > 0 || hasText(input.commonPlatformsNoneReason)) return [];
    return [
      finding(
        ruleCommon,
        'warn',
        `未说明利用的共性支撑平台（${platforms.map((p) => p.zh).join('、')}），也未说明不利用的理由`,
        'Neither the common platforms reused nor the reason for reusing none is stated',
        'commonPlatforms',
      ),
    ];
  },
};

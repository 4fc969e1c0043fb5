// 宿城区信息化项目管理办法 (宿城区人民政府办公室, issued and in force 2024-12-02; Art.36 repeals
// the 2023-04-17 宿区政办发〔2023〕6号). Source text: /work/shared/spec/measures-2024.zh.txt.
// Pure data: every value cites its article. Amounts in fen via wan().
import { JOINT_REVIEW_PARTIES, ORG_ROLES } from '../organizations.js';
import { wan } from '../money.js';
import type {
  Duration,
  DurationUnit,
  Edition,
  Labelled,
  LegalNumberWord,
  ListParam,
  Param,
  Threshold,
} from './types.js';

const EFFECTIVE = '2024-12-02';

const p = <T>(value: T, article: string, note: string, noteEn: string): Param<T> => ({
  value,
  article,
  effective: EFFECTIVE,
  note,
  noteEn,
});
const line = (value: number, word: LegalNumberWord, article: string, note: string, noteEn: string): Threshold => ({
  ...p(value, article, note, noteEn),
  word,
});
const period = (
  value: number,
  unit: DurationUnit,
  article: string,
  note: string,
  noteEn: string,
  word?: LegalNumberWord,
): Duration => ({ ...p(value, article, note, noteEn), unit, ...(word ? { word } : {}) });
const list = <C extends string>(article: string, note: string, noteEn: string, items: Labelled<C>[]): ListParam<C> =>
  p(items, article, note, noteEn);
const l = <C extends string>(code: C, zh: string, en: string): Labelled<C> => ({ code, zh, en });

export const sucheng2024: Edition = {
  id: 'sucheng-2024',
  title: '宿城区信息化项目管理办法',
  titleEn: 'Sucheng District IT Project Management Measures',
  issuer: '宿城区人民政府办公室',
  issued: '2024-12-02',
  effective: EFFECTIVE, // Art.36: 本办法自印发之日起施行
  repealed: null,
  timeZone: 'Asia/Shanghai',
  utcOffsetMinutes: 480,
  params: {
    declarationDeadline: p(
      { month: 10, day: 15, time: '23:59:59', yearOffset: -1 },
      'Art.8',
      '申报单位应于每年10月15日前通过宿城区信息化项目管理平台，提交下一年度项目建设计划',
      "Declarants submit next year's plan through the platform by 15 October each year",
    ),
    urgentLevels: list(
      'Art.8',
      '除国家、省、市、区有明确建设要求且必须在当年实施的项目外，未在申报期内申报的项目，不列入年度计划',
      'Late declarations are excluded unless a national, provincial, city or district requirement makes them due that year',
      [
        l('national', '国家', 'National'),
        l('provincial', '省', 'Provincial'),
        l('city', '市', 'City'),
        l('district', '区', 'District'),
      ],
    ),
    hardwareScopeLine: line(
      wan(50),
      '以上',
      'Art.2',
      '50万元及以上的硬件设备采购项目',
      'Hardware purchases of 500,000 yuan and above',
    ),
    systemCategories: p(
      ['data_system', 'business_system', 'service_system'],
      'Art.3',
      '无有效数据则不建系统',
      'No valid data, no system',
    ),
    buildProjectsPerOrgPerYear: p(
      1,
      'Art.10(1)4',
      '原则上同一部门不得同时申报多个建设类项目',
      'In principle one department may not declare several build projects at the same time',
    ),
    ndrcLine: line(
      wan(400),
      '超过',
      'Art.12',
      '总投资超过400万元的使用预算安排资金的建设类项目，需编报项目建议书、可行性研究报告、初步设计方案，提交区发改局履行立项审批手续',
      'Build projects over 4 million yuan using budget funds need a proposal, feasibility study and preliminary design approved by the NDRC bureau',
    ),
    simplifiedMergeLine: line(
      wan(800),
      '以下',
      'Art.12(3)',
      '总投资800万元以下的项目，可以视情合并编报审批项目建议书、可行性研究报告、初步设计方案和投资概算',
      'Projects of 8 million yuan and below may merge the proposal, feasibility study, design and estimate',
    ),
    supervisionLine: line(
      wan(50),
      '超过',
      'Art.19',
      '投资预算超过50万元的信息化项目应实行工程监理制',
      'Projects with a budget over 500,000 yuan must be under engineering supervision',
    ),
    changeAmountLine: line(
      wan(400),
      '不超过',
      'Art.17',
      '调整金额不超过400万元',
      'The amount changed does not exceed 4 million yuan',
    ),
    changeContractPercent: {
      ...p(10, 'Art.17', '调整数额不超过合同金额10%', 'The change does not exceed 10% of the contract amount'),
      word: '不超过',
    },
    revisionPeriod: period(
      3,
      'working_day',
      'Art.14',
      '申报单位一般应当在3个工作日内完成项目方案终稿修订',
      'The final plan is revised within 3 working days',
      '不超过',
    ),
    trialMin: period(
      1,
      'month',
      'Art.25',
      '项目竣工验收应在系统上线试运行1个月后进行',
      'Completion acceptance no earlier than 1 month after the trial run starts',
    ),
    trialMinSoftware: period(
      3,
      'month',
      'Art.25',
      '软件开发项目的竣工验收应在上线试运行3个月后进行',
      'Software development: no earlier than 3 months after the trial run starts',
    ),
    trialMax: period(
      6,
      'month',
      'Art.25',
      '试运行至完成项目竣工验收的时间最长不超过6个月',
      'From trial run to completed acceptance at most 6 months',
      '不超过',
    ),
    acceptanceReportPeriod: period(
      1,
      'month',
      'Art.27',
      '应在竣工验收结束后1个月内，通过信息化项目管理平台提交项目竣工验收报告',
      'Acceptance report within 1 month after acceptance',
      '不超过',
    ),
    warrantyMin: period(
      3,
      'year',
      'Art.29',
      '项目自竣工验收通过之日起实施单位应提供不少于三年质保服务',
      'Warranty of at least three years from acceptance',
      '不少于',
    ),
    selfEvaluationDue: p(
      { month: 12, day: 31, time: '23:59:59' },
      'Art.33',
      '在建设期内每年年底前提交区数据局备案',
      'Self-evaluation report filed by the end of each year of construction',
    ),
    omReportPeriod: period(
      1,
      'month',
      'Art.33',
      '系统使用单位应在每个运维期结束后提交年度运维服务情况报表（办法未规定天数；平台按运维期结束后1个月内提醒并标记逾期，区数据局可另行规定）',
      'The yearly O&M report after each O&M period (no days are set; the platform expects it within 1 month and flags it overdue after)',
      '不超过',
    ),
    rectificationPeriod: period(
      1,
      'month',
      'Art.33',
      '未实现建设目标的，申报单位应会同实施单位限期整改（办法未规定期限；平台默认自整改通知之日起1个月，遇法定节假日顺延，区数据局可另定期限）',
      'Rectification within a set time (no period is set; by default 1 month from the order, moved to a working day; the data bureau may set another)',
      '不超过',
    ),
  },
  lists: {
    categories: list(
      'Art.2',
      '基础设施、数据系统、业务系统、服务系统以及50万元及以上的硬件设备采购项目',
      'Infrastructure, data, business and service systems, and hardware purchases of 500,000 yuan and above',
      [
        l('infrastructure', '基础设施', 'Infrastructure'),
        l('data_system', '数据系统', 'Data system'),
        l('business_system', '业务系统', 'Business system'),
        l('service_system', '服务系统', 'Service system'),
        l('hardware', '硬件设备采购', 'Hardware purchase'),
      ],
    ),
    kinds: list('Art.2', '建设、运维、购买服务', 'Build, operate, purchase of services', [
      l('build', '建设类', 'Build'),
      l('operate', '运维类', 'Operation & maintenance'),
      l('service', '购买服务', 'Purchase of services'),
    ]),
    fundingSources: list(
      'Art.2',
      '使用财政资金(含上级补助资金)、国有企业投资、政府与企业联合投资(政府部分)',
      'Fiscal funds (incl. higher-level subsidies), SOE investment, joint government-enterprise investment (government part)',
      [
        l('fiscal', '财政资金(含上级补助)', 'Fiscal funds (incl. higher-level subsidies)'),
        l('soe', '国有企业投资', 'SOE investment'),
        l('joint', '政企联合投资(政府部分)', 'Joint government-enterprise investment (government part)'),
      ],
    ),
    deploymentModes: list(
      'Art.6',
      '除有关法律法规规定和保密要求外，信息化项目原则上部署在政务云……采购使用其他云计算服务的，应委托通过《云计算服务安全评估办法》的服务商',
      'Deploy on the government cloud unless law or secrecy requires otherwise; other cloud services only from providers that passed the cloud security assessment',
      [
        l('gov_cloud', '政务云', 'Government cloud'),
        l(
          'assessed_cloud',
          '通过云计算服务安全评估的服务商',
          'Provider that passed the cloud service security assessment',
        ),
        l('exempt', '法律法规/保密要求豁免', 'Exempt by law, regulation or secrecy requirement'),
      ],
    ),
    budgetItems: list(
      'Art.10(1)2',
      '预算应包含开发费、实施费、维护费、培训费、监理费及其他费用',
      'The budget covers development, implementation, maintenance, training, supervision and other costs',
      [
        l('development', '开发费', 'Development'),
        l('implementation', '实施费', 'Implementation'),
        l('maintenance', '维护费', 'Maintenance'),
        l('training', '培训费', 'Training'),
        l('supervision', '监理费', 'Supervision'),
        l('other', '其他费用', 'Other costs'),
      ],
    ),
    scenarioAreas: list(
      'Art.3',
      '无创新场景则不建系统，重点围绕数字经济、数字社会、数字政府、智慧城市建设打造创新应用场景',
      'No innovation scenario, no system; scenarios in the digital economy, digital society, digital government and smart city',
      [
        l('digital_economy', '数字经济', 'Digital economy'),
        l('digital_society', '数字社会', 'Digital society'),
        l('digital_government', '数字政府', 'Digital government'),
        l('smart_city', '智慧城市', 'Smart city'),
      ],
    ),
    commonPlatforms: list(
      'Art.6',
      '充分考虑利用协同办公系统、宿心办、宿慧办、e览宿城、统一身份认证系统、政务服务一体化平台、政府网站集约化平台等共性支撑平台',
      'Make full use of the common support platforms',
      [
        l('collaborative_office', '协同办公系统', 'Collaborative office system'),
        l('suxinban', '宿心办', 'Suxinban'),
        l('suhuiban', '宿慧办', 'Suhuiban'),
        l('elan_sucheng', 'e览宿城', 'e-Lan Sucheng'),
        l('unified_identity', '统一身份认证系统', 'Unified identity authentication system'),
        l('gov_service_platform', '政务服务一体化平台', 'Integrated government service platform'),
        l('gov_website_platform', '政府网站集约化平台', 'Consolidated government website platform'),
      ],
    ),
    jointReviewParties: list(
      'Art.4',
      '与网信、财政、大数据中心建立四方联审机制',
      'Four-party joint review with cyberspace, finance and the big data center',
      JOINT_REVIEW_PARTIES.map((code) => l(code, ORG_ROLES[code].zh, ORG_ROLES[code].en)),
    ),
    forbiddenItems: list(
      'Art.10(1)4',
      '不得申报未按要求使用政务云平台、新建或扩建机房、采购视频会议系统，以及新建APP、小程序、快应用等移动互联网应用的项目',
      'No projects that build or expand server rooms, buy video-conference systems, or build new APPs, mini programs or quick apps',
      [
        l('server_room', '新建或扩建机房', 'Building or expanding a server room'),
        l('video_conference', '采购视频会议系统', 'Purchasing a video-conference system'),
        l(
          'mobile_app',
          '新建APP、小程序、快应用等移动互联网应用',
          'New mobile internet app (APP, mini program, quick app)',
        ),
      ],
    ),
    requiredMaterials: list(
      'Art.10(1)',
      '申报材料包括但不限于：项目申报表、建设方案、建设依据支撑材料以及集体研究意见',
      'Materials include at least the declaration form, construction plan, basis documents and collective decision',
      [
        l('declaration_form', '项目申报表', 'Declaration form'),
        l('construction_plan', '建设方案', 'Construction plan'),
        l('basis_documents', '建设依据支撑材料', 'Basis documents'),
        l('collective_decision', '集体研究意见', 'Collective decision'),
      ],
    ),
    planContents: list(
      'Art.10(1)1',
      '项目建设背景依据、必要性和可行性、投资估(概)算及资金来源、建设目标、内容、工期、信息资源目录、网络和数据安全体系、软硬件配置、算力需求、项目特色、创新性应用场景等基本内容',
      'The plan covers the twelve basic contents',
      [
        l('background_basis', '项目建设背景依据', 'Background and basis'),
        l('necessity_feasibility', '必要性和可行性', 'Necessity and feasibility'),
        l('estimate_funding', '投资估(概)算及资金来源', 'Investment estimate and funding sources'),
        l('goals', '建设目标', 'Goals'),
        l('content', '建设内容', 'Content'),
        l('schedule', '工期', 'Schedule'),
        l('resource_catalogue', '信息资源目录', 'Information resource catalogue'),
        l('security_system', '网络和数据安全体系', 'Network and data security system'),
        l('hw_sw_config', '软硬件配置', 'Software and hardware configuration'),
        l('compute_needs', '算力需求', 'Computing power needs'),
        l('features', '项目特色', 'Project features'),
        l('innovation_scenario', '创新性应用场景', 'Innovative application scenario'),
      ],
    ),
    requiredChapters: list(
      'Art.10(1)5',
      '必须包括独立的数据共享需求分析和网络安全需求分析章节，对数据共享开放清单、流程、接口、频率、网络安全需求作详细说明',
      'Independent data-sharing and network-security requirement chapters, detailing the sharing list, process, interfaces and frequency',
      [
        l('data_sharing_analysis', '数据共享需求分析', 'Data sharing requirements analysis'),
        l('network_security_analysis', '网络安全需求分析', 'Network security requirements analysis'),
      ],
    ),
  },
  // Art.32 names the four kinds of abnormal system but no numbers; these are the platform's readings
  // (issue 10), each saying so in its note. A district that sets its own numbers publishes a new edition.
  monitoring: {
    lowUseCpuPercent: {
      ...p(
        5,
        'Art.32',
        '云资源使用率低：月平均CPU使用率（已用/分配vCPU）不足5%（办法未规定比例，平台取值）',
        'Low cloud use: monthly average CPU use (used / allocated vCPU) under 5 % (no figure in the Measures; platform reading)',
      ),
      word: '不足',
    },
    lowUseMonths: period(
      3,
      'month',
      'Art.32',
      '云资源使用率低须连续3个月（以最近一个监测月为止，中间缺月重新计算；平台取值）',
      'Low use for 3 consecutive months, ending with the latest month reported (a missing month restarts the count)',
      '不少于',
    ),
    idleMonths: period(
      3,
      'month',
      'Art.32',
      '长期闲置：连续3个月无活跃用户且无调用（中间缺月重新计算；平台取值）',
      'Idle: no active users and no calls for 3 consecutive months (a missing month restarts the count)',
      '不少于',
    ),
    unusableAvailabilityPercent: {
      ...p(
        90,
        'Art.32',
        '无法正常使用：最近一个监测月可用率不足90%（平台取值）',
        'Unusable: availability under 90 % in the latest month reported (platform reading)',
      ),
      word: '不足',
    },
    seriousRiskSeverities: p(
      ['critical', 'high'] as const,
      'Art.32',
      '存在严重安全隐患：最近一个监测月仍有未整改的高危或严重安全问题',
      'Serious security risk: an unresolved high or critical finding in the latest month reported',
    ),
    rectificationPeriod: period(
      3,
      'month',
      'Art.32',
      '保留整改的系统，整改期限自区数据局决定之日起不超过3个月（办法未规定期限，平台取值；遇法定节假日顺延至工作日）',
      'A kept system is rectified within 3 months of the decision (no period in the Measures; platform reading; moved to a working day)',
      '不超过',
    ),
  },
  // SPEC §5 "reminded before and after" (issue 10): the Measures set no lead times nor a waiting time
  // for a review opinion; these are the platform's readings, each saying so in its note.
  reminders: {
    leadWorkingDays: p(
      {
        call_deadline: 5,
        final_version: 0,
        acceptance_window: 10,
        acceptance_report: 5,
        self_evaluation: 20,
        om_report: 10,
        review_opinion: 1,
        rectification: 5,
      },
      'SPEC §5',
      '期限到期前提醒的提前工作日数（0 = 到期当日提醒）；逾期后再提醒一次并告知区数据局（办法未规定，平台取值）',
      'Working days before the due day that the "due soon" reminder goes out (0 = on the due day); once more when overdue, with the data bureau (platform reading)',
    ),
    reviewOpinionPeriod: period(
      5,
      'working_day',
      'Art.11, 13',
      '预审、联审单位一般应在项目进入审核阶段后5个工作日内出具意见（办法未规定天数；平台按此提醒并标记等待超时）',
      'A review party gives its opinion within 5 working days of the review opening (no days in the Measures; the platform reminds and flags the wait)',
      '不超过',
    ),
  },
};

// A complete declaration for the demo district's projects: every declaration rule accepts it (the
// same shape a unit fills in through the guided form). Amounts in fen.

const PLAN_CHAPTERS = [
  'background_basis',
  'necessity_feasibility',
  'estimate_funding',
  'goals',
  'content',
  'schedule',
  'resource_catalogue',
  'security_system',
  'hw_sw_config',
  'compute_needs',
  'features',
  'innovation_scenario',
  'data_sharing_analysis',
  'network_security_analysis',
];

export interface DemoProjectSpec {
  name: string;
  totalFen: number;
  resource: string;
  scenario: string;
  target: [string, string];
}

export function demoDeclaration(spec: DemoProjectSpec, planYear: number) {
  const t = spec.totalFen;
  const five = Math.round(t * 0.05);
  const dev = Math.round(t * 0.6);
  return {
    name: spec.name,
    category: 'business_system',
    kind: 'build',
    classified: false,
    totalFen: t,
    form: {
      fundingSources: [{ source: 'fiscal', amountFen: t }],
      budgetBreakdown: {
        development: dev,
        implementation: t - dev - 3 * five,
        maintenance: five,
        training: five,
        supervision: five,
        other: 0,
      },
      yearlyBudgets: [{ year: planYear, amountFen: t }],
      dataResources: [{ name: spec.resource, costFen: 5_000_000, catalogueRef: 'SC-DR-0001' }],
      sharingList: [
        { item: spec.resource, direction: 'provide', interface: '市一体化公共数据平台 API', frequency: '每日' },
      ],
      deployment: { mode: 'gov_cloud' },
      commonPlatforms: ['unified_identity', 'collaborative_office'],
      scenario: { area: 'digital_government', description: spec.scenario },
      mlpsLevel: 3,
      cryptoPlan: '采用商用密码实现身份鉴别、传输和存储加密，同步规划、同步建设、同步运行',
      secureReliableStatement: '服务器、数据库、中间件均采购安全可靠产品',
      planChapters: PLAN_CHAPTERS,
      performanceTargets: [{ indicator: spec.target[0], target: spec.target[1] }],
      contactName: '演示联系人',
      contactPhone: '0527-84000000',
    },
  };
}

/** A small valid PDF standing in for an uploaded document in the demo. */
export function demoPdf(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% GovIT demo: ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

// R-DATA, R-SCENARIO (Art.3), R-SHARE-PRIOR (Art.7).
import { x, type RuleCase } from './types.js';

export const dataAndScenarioCases: RuleCase[] = [
  {
    name: 'a business system without data resources is refused',
    input: { dataResources: [] },
    expect: [x('R-DATA', 'block', 'dataResources')],
  },
  {
    name: 'a data system without data resources is refused',
    input: { category: 'data_system', dataResources: [] },
    expect: [x('R-DATA', 'block')],
  },
  {
    name: 'a service system without data resources is refused',
    input: { category: 'service_system', dataResources: [] },
    expect: [x('R-DATA', 'block')],
  },
  {
    name: 'a placeholder name "无" is not a valid data resource',
    input: { dataResources: [{ name: '无', costFen: 0 }] },
    expect: [x('R-DATA', 'block')],
  },
  {
    name: 'a blank name is not a valid data resource',
    input: { dataResources: [{ name: '   ', costFen: 0 }] },
    expect: [x('R-DATA', 'block')],
  },
  {
    name: 'one valid resource among placeholders is enough',
    input: {
      dataResources: [
        { name: 'N/A', costFen: 0 },
        { name: '市场主体登记信息', costFen: 100 },
      ],
    },
    expect: [],
  },
  {
    name: 'infrastructure needs no data resource',
    input: { category: 'infrastructure', dataResources: [] },
    expect: [],
  },

  {
    name: 'no scenario at all: area and description both missing',
    input: { scenario: null },
    expect: [x('R-SCENARIO', 'block', 'scenario.area'), x('R-SCENARIO', 'block', 'scenario.description')],
  },
  {
    name: 'a scenario without an area',
    input: { scenario: { area: null, description: '惠企政策免申即享' } },
    expect: [x('R-SCENARIO', 'block', 'scenario.area')],
  },
  {
    name: 'a scenario described as "暂无"',
    input: { scenario: { area: 'digital_economy', description: '暂无' } },
    expect: [x('R-SCENARIO', 'block', 'scenario.description')],
  },
  {
    name: 'a smart-city scenario passes',
    input: { scenario: { area: 'smart_city', description: '城市部件物联感知与事件闭环处置' } },
    expect: [],
  },
  {
    name: 'a digital-society scenario passes',
    input: { scenario: { area: 'digital_society', description: '养老服务一键呼叫' } },
    expect: [],
  },

  {
    name: 'continuing a project that did not share its data is refused',
    input: { predecessor: { projectId: 'P-2023-017', sharingFulfilled: false } },
    expect: [x('R-SHARE-PRIOR', 'block', 'predecessor')],
  },
  {
    name: 'continuing a project that shared its data passes',
    input: { predecessor: { projectId: 'P-2023-017', sharingFulfilled: true } },
    expect: [],
  },
  {
    name: 'O&M of a system that did not share is refused too',
    input: { kind: 'operate', predecessor: { projectId: 'P-2022-003', sharingFulfilled: false } },
    expect: [x('R-SHARE-PRIOR', 'block')],
  },
];

// The portal's words: Simplified Chinese by default, English by the switch. Codes (sectors, levels, stages) keep
// the API's names as keys.
window.PORTAL_I18N = {
  zh: {
    title: '重点项目管理平台', skip: '跳到正文', language: '语言',
    figures: '重点项目总体情况', projects: '重点项目（个）', totalInvestment: '总投资（亿元）',
    annualPlan: '{year}年计划投资（亿元）', completedShare: '完成年度计划',
    map: '项目分布', mapLabel: '项目分布图，共 {count} 个项目有位置',
    mapNote: '离线地图：仅显示项目位置（生产环境可配置底图）。', byStage: '按项目类别',
    list: '重点项目名录', searchLabel: '查找项目', searchHint: '项目名称、地址……', search: '查找', all: '全部',
    loading: '正在加载……', found: '共 {count} 个项目', none: '没有符合条件的项目。',
    name: '项目', district: '区划', sector: '行业', level: '级别', stage: '类别', investmentYi: '总投资（亿元）',
    owner: '项目单位', address: '地址', plannedStart: '计划开工', plannedCompletion: '计划竣工',
    industryChain: '产业链', footer: '数据来自平台公开接口',
    'sector.INDUSTRIAL': '工业', 'sector.URBAN_CONSTRUCTION': '城建', 'sector.LIVELIHOOD': '民生', 'sector.OTHER': '其他',
    'level.PROVINCIAL_MAJOR': '省重大', 'level.PROVINCIAL_KEY': '省重点', 'level.MUNICIPAL_KEY': '市重点',
    'level.DISTRICT_KEY': '县区重点',
    'stage.RESERVE': '储备', 'stage.PREPARATION': '准备类', 'stage.UNDER_CONSTRUCTION': '在建',
    'stage.COMPLETED': '竣工', 'stage.IN_PRODUCTION': '投产', 'stage.SUSPENDED': '暂停', 'stage.CANCELLED': '取消',
    unreachable: '暂时无法连接平台，请稍后再试。'
  },
  en: {
    title: 'Key-project platform', skip: 'Skip to content', language: 'Language',
    figures: 'Key projects at a glance', projects: 'Key projects', totalInvestment: 'Total investment (100 M yuan)',
    annualPlan: 'Planned for {year} (100 M yuan)', completedShare: 'Of the annual plan completed',
    map: 'Where they are', mapLabel: 'Map of the projects: {count} have a location',
    mapNote: 'Offline map: project locations only (a tile server can be configured in production).',
    byStage: 'By stage', list: 'Key projects', searchLabel: 'Find a project', searchHint: 'Name, address…',
    search: 'Search', all: 'All', loading: 'Loading…', found: '{count} projects', none: 'No project matches.',
    name: 'Project', district: 'District', sector: 'Sector', level: 'Level', stage: 'Stage',
    investmentYi: 'Total investment (100 M yuan)', owner: 'Owner', address: 'Address', plannedStart: 'Planned start',
    plannedCompletion: 'Planned completion', industryChain: 'Industry chain', footer: "From the platform's public API",
    'sector.INDUSTRIAL': 'Industrial', 'sector.URBAN_CONSTRUCTION': 'Urban construction',
    'sector.LIVELIHOOD': 'Livelihood', 'sector.OTHER': 'Other',
    'level.PROVINCIAL_MAJOR': 'Provincial major', 'level.PROVINCIAL_KEY': 'Provincial key',
    'level.MUNICIPAL_KEY': 'Municipal key', 'level.DISTRICT_KEY': 'District key',
    'stage.RESERVE': 'Reserve', 'stage.PREPARATION': 'Preparation', 'stage.UNDER_CONSTRUCTION': 'Under construction',
    'stage.COMPLETED': 'Completed', 'stage.IN_PRODUCTION': 'In production', 'stage.SUSPENDED': 'Suspended',
    'stage.CANCELLED': 'Cancelled',
    unreachable: 'The platform cannot be reached just now; please try again shortly.'
  }
};

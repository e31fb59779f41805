// The public home (no sign-in): headline figures, the projects on the offline map and by stage, and the searchable
// registry with each project's public card. It calls only the gateway's public API.
(function () {
  const { t, format, api } = Portal;
  const SECTORS = ['INDUSTRIAL', 'URBAN_CONSTRUCTION', 'LIVELIHOOD', 'OTHER'];
  const STAGES = ['RESERVE', 'PREPARATION', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_PRODUCTION', 'SUSPENDED'];

  Portal.words({
    zh: {
      figures: '重点项目总体情况', projects: '重点项目（个）', totalInvestment: '总投资（亿元）',
      annualPlan: '{year}年计划投资（亿元）', completedShare: '完成年度计划', map: '项目分布', byStage: '按项目类别',
      list: '重点项目名录', searchLabel: '查找项目', searchHint: '项目名称、项目单位……', search: '查找',
      found: '共 {count} 个项目', noProject: '没有符合条件的项目。', name: '项目', district: '区划', sector: '行业',
      level: '级别', stage: '类别', investmentYi: '总投资（亿元）', owner: '项目单位', address: '地址',
      plannedStart: '计划开工', plannedCompletion: '计划竣工', industryChain: '产业链', projectPage: '项目详情'
    },
    en: {
      figures: 'Key projects at a glance', projects: 'Key projects', totalInvestment: 'Total investment (100 M yuan)',
      annualPlan: 'Planned for {year} (100 M yuan)', completedShare: 'Of the annual plan completed',
      map: 'Where they are', byStage: 'By stage', list: 'Key projects', searchLabel: 'Find a project',
      searchHint: 'Name, owner…', search: 'Search', found: '{count} projects', noProject: 'No project matches.',
      name: 'Project', district: 'District', sector: 'Sector', level: 'Level', stage: 'Stage',
      investmentYi: 'Total investment (100 M yuan)', owner: 'Owner', address: 'Address',
      plannedStart: 'Planned start', plannedCompletion: 'Planned completion', industryChain: 'Industry chain',
      projectPage: 'Project page'
    }
  });

  Portal.page('home', '/', {
    data() {
      return { figures: null, projects: [], total: 0, busy: false, problem: null, open: null,
        query: { text: '', sector: '' }, sectors: SECTORS };
    },
    computed: {
      stageOption() {
        if (!this.figures) {
          return null;
        }
        const stages = STAGES.filter(stage => this.figures.byStage[stage]);
        return {
          tooltip: {},
          xAxis: { type: 'category', data: stages.map(stage => t('stage.' + stage)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: stages.map(stage => this.figures.byStage[stage].projects),
            itemStyle: { color: '#8f1d1d' } }]
        };
      },
      stageSummary() {
        return !this.figures ? t('byStage') : t('byStage') + ': ' + Object.entries(this.figures.byStage)
          .map(([stage, breakdown]) => t('stage.' + stage) + ' ' + breakdown.projects).join(', ');
      }
    },
    methods: {
      t,
      async search() {
        const found = await Portal.submit(this, () => api.get('/api/projects',
          { size: 100, text: this.query.text.trim(), sector: this.query.sector }));
        if (found) {
          this.projects = found.items;
          this.total = found.total;
        }
      }
    },
    async mounted() {
      this.search();
      try {
        this.figures = (await api.get('/api/reports/dashboard')).figures;
      } catch (problem) {
        this.problem = problem;
      }
    },
    template: `
      <div>
        <problem-alert :problem="problem"></problem-alert>
        <section class="figures" :aria-label="t('figures')" aria-live="polite">
          <div class="figure" data-figure="projects">
            <span class="value">{{ figures ? figures.headline.projects : '…' }}</span>
            <span class="label">{{ t('projects') }}</span>
          </div>
          <div class="figure" data-figure="total">
            <span class="value">{{ figures ? format.yi(figures.headline.totalInvestment) : '…' }}</span>
            <span class="label">{{ t('totalInvestment') }}</span>
          </div>
          <div class="figure" data-figure="plan">
            <span class="value">{{ figures ? format.yi(figures.headline.annualPlan) : '…' }}</span>
            <span class="label">{{ t('annualPlan', { year: figures ? figures.year : '' }) }}</span>
          </div>
          <div class="figure" data-figure="share">
            <span class="value">{{ figures ? format.percent(figures.headline.completedShare) : '…' }}</span>
            <span class="label">{{ t('completedShare') }}</span>
          </div>
        </section>
        <div class="columns">
          <section class="panel">
            <h2>{{ t('map') }}</h2>
            <project-map :projects="projects" @select="project => open = project.id"></project-map>
          </section>
          <section class="panel">
            <h2>{{ t('byStage') }}</h2>
            <e-chart id="stages" :option="stageOption" :label="stageSummary" height="22rem"></e-chart>
          </section>
        </div>
        <section class="panel">
          <h2 id="list-title">{{ t('list') }}</h2>
          <form class="search" role="search" @submit.prevent="search">
            <label>{{ t('searchLabel') }}
              <input v-model="query.text" type="search" maxlength="100" name="text" :placeholder="t('searchHint')">
            </label>
            <label>{{ t('sector') }}
              <select v-model="query.sector" name="sector">
                <option value="">{{ t('all') }}</option>
                <option v-for="code in sectors" :value="code">{{ t('sector.' + code) }}</option>
              </select>
            </label>
            <button type="submit">{{ t('search') }}</button>
            <span class="note" aria-live="polite">{{ busy ? t('loading') : t('found', { count: total }) }}</span>
          </form>
          <div class="scroll">
          <table aria-labelledby="list-title">
            <thead>
              <tr><th scope="col">{{ t('name') }}</th><th scope="col">{{ t('district') }}</th>
                <th scope="col">{{ t('sector') }}</th><th scope="col">{{ t('level') }}</th>
                <th scope="col">{{ t('stage') }}</th><th scope="col" class="number">{{ t('investmentYi') }}</th></tr>
            </thead>
            <tbody>
              <template v-for="project in projects" :key="project.id">
                <tr class="project">
                  <td><button type="button" class="link" :aria-expanded="open === project.id"
                      @click="open = open === project.id ? null : project.id">{{ project.name }}</button></td>
                  <td>{{ districtName(project.district) }}</td>
                  <td>{{ t('sector.' + project.sector) }}</td>
                  <td>{{ t('level.' + project.level) }}</td>
                  <td><stage-tag :stage="project.stage"></stage-tag></td>
                  <td class="number">{{ format.yi(project.totalInvestment) }}</td>
                </tr>
                <tr v-if="open === project.id" class="card">
                  <td colspan="6">
                    <p v-if="project.summary">{{ project.summary }}</p>
                    <dl>
                      <template v-if="project.ownerName"><dt>{{ t('owner') }}</dt><dd>{{ project.ownerName }}</dd></template>
                      <template v-if="project.address"><dt>{{ t('address') }}</dt><dd>{{ project.address }}</dd></template>
                      <template v-if="project.plannedStart"><dt>{{ t('plannedStart') }}</dt><dd>{{ project.plannedStart }}</dd></template>
                      <template v-if="project.plannedCompletion"><dt>{{ t('plannedCompletion') }}</dt><dd>{{ project.plannedCompletion }}</dd></template>
                      <template v-if="project.industryChain"><dt>{{ t('industryChain') }}</dt><dd>{{ project.industryChain }}</dd></template>
                    </dl>
                    <p><a :href="'#/projects/' + project.id" data-project-link>{{ t('projectPage') }}</a></p>
                  </td>
                </tr>
              </template>
              <tr v-if="!busy && projects.length === 0"><td colspan="6">{{ t('noProject') }}</td></tr>
            </tbody>
          </table>
          </div>
        </section>
      </div>`
  });
}());

// The centre's administration (系统管理): the approval catalogue (items, departments, statutory limits; a change
// publishes a new version), the official working-day calendar, the accounts, and rebuilding the reports with
// their progress.
(function () {
  const { t, api } = Portal;
  const TABS = ['catalogue', 'calendar', 'accounts', 'rebuild'];

  Portal.words({
    zh: {
      'admin.title': '系统管理', 'admin.tab.catalogue': '审批事项目录', 'admin.tab.calendar': '工作日历',
      'admin.tab.accounts': '账号', 'admin.tab.rebuild': '报表重建',
      'admin.version': '第 {version} 版，{time} 由 {by} 发布', 'admin.code': '编码', 'admin.item': '事项',
      'admin.itemEn': '英文名称', 'admin.department': '部门', 'admin.limit': '办结时限（工作日）',
      'admin.jointLimit': '联合验收时限（工作日）', 'admin.note': '修订说明', 'admin.publish': '发布新版本',
      'admin.published': '已发布第 {version} 版目录。新申报的事项按新时限计时，已受理的不变。',
      'admin.edited': '已修改 {count} 处，发布后生效。', 'admin.reset': '放弃修改',
      'admin.year': '{year} 年：{days} 个工作日', 'admin.holiday': '节假日', 'admin.from': '起', 'admin.to': '止',
      'admin.makeup': '调休上班日',
      'admin.calendarNote': '工作日历随平台发布（calendar/cn-workdays.yaml），依据国务院办公厅每年的节假日安排通知。新一年的安排公布后补入；未收录年份的时限无法计算。',
      'admin.username': '用户名', 'admin.name': '姓名', 'admin.roles': '角色', 'admin.scope': '部门 / 企业',
      'admin.failed': '连续登录失败', 'admin.locked': '已锁定', 'admin.active': '正常',
      'admin.accountsNote': '本地平台的账号在网关配置中（gateway.identity.accounts）；生产环境由统一身份认证平台管理账号和角色（见 docs/security.md）。',
      'admin.rebuildNote': '从三个事件主题的开头重新计算所有报表数据；重建期间报表照常提供，完成后自动切换。',
      'admin.startRebuild': '开始重建', 'admin.showLatest': '查看本实例最近一次重建',
      'admin.noRebuild': '本实例还没有进行过重建。', 'admin.generation': '第 {generation} 代（当前使用第 {serving} 代）',
      'admin.applied': '已处理 {applied} 条事件，跳过 {skipped} 条',
      'rebuild.READING': '读取中', 'rebuild.COUNTING': '汇总中', 'rebuild.DRAINING': '收尾中', 'rebuild.SWITCHED': '已完成并切换',
      'rebuild.FAILED': '失败', 'rebuild.STARTING': '启动中',
      'field.note': '修订说明', 'field.jointAcceptanceLimitWorkingDays': '联合验收时限', 'field.items.name': '事项名称',
      'field.items.nameEn': '英文名称', 'field.items.limitWorkingDays': '办结时限', 'field.items.departmentName': '部门名称'
    },
    en: {
      'admin.title': 'Administration', 'admin.tab.catalogue': 'Approval catalogue', 'admin.tab.calendar': 'Working-day calendar',
      'admin.tab.accounts': 'Accounts', 'admin.tab.rebuild': 'Rebuild the reports',
      'admin.version': 'Version {version}, published {time} by {by}', 'admin.code': 'Code', 'admin.item': 'Item',
      'admin.itemEn': 'English name', 'admin.department': 'Department', 'admin.limit': 'Limit (working days)',
      'admin.jointLimit': 'Joint acceptance limit (working days)', 'admin.note': 'What changed',
      'admin.publish': 'Publish a new version',
      'admin.published': 'Version {version} of the catalogue is published. New applications count the new limits; items already received keep theirs.',
      'admin.edited': '{count} changes, in force once published.', 'admin.reset': 'Discard the changes',
      'admin.year': '{year}: {days} working days', 'admin.holiday': 'Holiday', 'admin.from': 'From', 'admin.to': 'To',
      'admin.makeup': 'Make-up working days',
      'admin.calendarNote': "The calendar ships with the platform (calendar/cn-workdays.yaml), from the State Council's yearly notice of public holidays. A new year is added when its notice appears; deadlines in a year not covered cannot be counted.",
      'admin.username': 'User name', 'admin.name': 'Name', 'admin.roles': 'Roles', 'admin.scope': 'Department / enterprise',
      'admin.failed': 'Failed logins in a row', 'admin.locked': 'Locked', 'admin.active': 'Active',
      'admin.accountsNote': "The local platform's accounts are configuration of the gateway (gateway.identity.accounts); in production the city's identity provider manages accounts and roles (see docs/security.md).",
      'admin.rebuildNote': 'Recomputes every report from the start of the three event topics; the reports keep serving meanwhile and switch when it is done.',
      'admin.startRebuild': 'Start a rebuild', 'admin.showLatest': "This instance's latest rebuild",
      'admin.noRebuild': 'No rebuild has run on this instance.', 'admin.generation': 'Generation {generation} (serving {serving})',
      'admin.applied': '{applied} events applied, {skipped} skipped',
      'rebuild.READING': 'Reading', 'rebuild.COUNTING': 'Counting totals', 'rebuild.DRAINING': 'Draining', 'rebuild.SWITCHED': 'Done and switched',
      'rebuild.FAILED': 'Failed', 'rebuild.STARTING': 'Starting',
      'field.note': 'What changed', 'field.jointAcceptanceLimitWorkingDays': 'Joint acceptance limit',
      'field.items.name': 'Item name', 'field.items.nameEn': 'English name', 'field.items.limitWorkingDays': 'Limit',
      'field.items.departmentName': 'Department name'
    }
  });

  /** The catalogue as published, and the edits the centre makes before publishing the next version. */
  const catalogueTab = {
    data() {
      return { catalogue: null, items: [], jointLimit: null, note: '', busy: false, problem: null, done: null };
    },
    computed: {
      edits() {
        if (!this.catalogue) {
          return 0;
        }
        const original = this.flatten(this.catalogue);
        return this.items.filter((item, index) => ['name', 'nameEn', 'limitWorkingDays']
          .some(field => String(item[field]) !== String(original[index][field]))).length
          + (Number(this.jointLimit) !== this.catalogue.jointAcceptanceLimitWorkingDays ? 1 : 0);
      }
    },
    methods: {
      flatten(catalogue) {
        return catalogue.stages.flatMap(stage => stage.items.map(item => Object.assign({ stage: stage.stage,
          stageName: stage.name }, item)));
      },
      async load() {
        this.catalogue = await api.get('/api/approvals/catalogue').catch(problem => { this.problem = problem; return null; });
        this.reset();
      },
      reset() {
        if (this.catalogue) {
          this.items = this.flatten(this.catalogue);
          this.jointLimit = this.catalogue.jointAcceptanceLimitWorkingDays;
        }
      },
      async publish() {
        this.done = null;
        const answer = await Portal.submit(this, () => api.put('/api/approvals/catalogue', {
          basedOnVersion: this.catalogue.version, jointAcceptanceLimitWorkingDays: Number(this.jointLimit),
          note: this.note.trim() || null,
          items: this.items.map(item => ({ code: item.code, name: item.name, nameEn: item.nameEn, stage: item.stage,
            department: item.department, departmentName: item.departmentName,
            limitWorkingDays: Number(item.limitWorkingDays) }))
        }));
        if (answer) {
          this.done = t('admin.published', { version: answer.version });
          this.note = '';
          this.catalogue = answer;
          this.reset();
        }
      }
    },
    mounted() {
      this.load();
    },
    template: `
      <section class="panel" data-tab="catalogue">
        <p v-if="catalogue" class="note" :data-catalogue-version="catalogue.version">{{ t('admin.version',
          { version: catalogue.version, time: format.time(catalogue.publishedAt), by: catalogue.publishedBy }) }}
          <template v-if="catalogue.note"> · {{ catalogue.note }}</template></p>
        <p v-if="done" class="done" role="status" data-published>{{ done }}</p>
        <problem-alert :problem="problem"></problem-alert>
        <form v-if="catalogue" @submit.prevent="publish" data-form="catalogue">
          <div class="scroll">
          <table>
            <thead><tr><th scope="col">{{ t('stage') }}</th><th scope="col">{{ t('admin.code') }}</th>
              <th scope="col">{{ t('admin.item') }}</th><th scope="col">{{ t('admin.itemEn') }}</th>
              <th scope="col">{{ t('admin.department') }}</th><th scope="col">{{ t('admin.limit') }}</th></tr></thead>
            <tbody>
              <tr v-for="(item, index) in items" :key="item.code" :data-item="item.code">
                <td>{{ item.stageName }}</td>
                <td><code>{{ item.code }}</code></td>
                <td><input v-model="item.name" maxlength="100" required :aria-label="t('admin.item') + ' ' + item.code"></td>
                <td><input v-model="item.nameEn" maxlength="100" required :aria-label="t('admin.itemEn') + ' ' + item.code"></td>
                <td>{{ item.departmentName }} <span class="note">({{ item.department }})</span></td>
                <td><input v-model="item.limitWorkingDays" type="number" min="1" max="60" required class="short"
                  :name="'limit-' + item.code" :aria-label="t('admin.limit') + ' ' + item.code"></td>
              </tr>
            </tbody>
          </table>
          </div>
          <div class="form">
            <label>{{ t('admin.jointLimit') }}
              <input v-model="jointLimit" type="number" min="1" max="60" required class="short" name="jointLimit">
            </label>
            <label>{{ t('admin.note') }}
              <input v-model="note" maxlength="500" name="note">
            </label>
            <p class="note" aria-live="polite">{{ edits ? t('admin.edited', { count: edits }) : '' }}</p>
            <div class="actions">
              <button type="submit" class="primary" :disabled="busy || !edits" data-action="publish">{{ t('admin.publish') }}</button>
              <button type="button" :disabled="busy || !edits" @click="reset">{{ t('admin.reset') }}</button>
              <busy-note :busy="busy" :text="t('saving')"></busy-note>
            </div>
          </div>
        </form>
      </section>`
  };

  const calendarTab = {
    data() {
      return { years: [], problem: null };
    },
    async mounted() {
      try {
        this.years = (await api.get('/api/approvals/calendar')).years;
      } catch (problem) {
        this.problem = problem;
      }
    },
    template: `
      <section class="panel" data-tab="calendar">
        <problem-alert :problem="problem"></problem-alert>
        <p class="note">{{ t('admin.calendarNote') }}</p>
        <div class="columns even">
          <div v-for="year in years" :key="year.year" :data-calendar-year="year.year">
            <h3>{{ t('admin.year', { year: year.year, days: year.workingDays }) }}</h3>
            <table>
              <thead><tr><th scope="col">{{ t('admin.holiday') }}</th><th scope="col">{{ t('admin.from') }}</th>
                <th scope="col">{{ t('admin.to') }}</th></tr></thead>
              <tbody><tr v-for="holiday in year.holidays"><td>{{ holiday.name }}</td><td>{{ holiday.from }}</td>
                <td>{{ holiday.to }}</td></tr></tbody>
            </table>
            <p><strong>{{ t('admin.makeup') }}:</strong> {{ year.makeupWorkdays.join('、') }}</p>
          </div>
        </div>
      </section>`
  };

  const accountsTab = {
    data() {
      return { accounts: [], problem: null };
    },
    async mounted() {
      try {
        this.accounts = await api.get('/api/auth/accounts');
      } catch (problem) {
        this.problem = problem;
      }
    },
    template: `
      <section class="panel" data-tab="accounts">
        <problem-alert :problem="problem"></problem-alert>
        <p class="note">{{ t('admin.accountsNote') }}</p>
        <div class="scroll">
        <table>
          <thead><tr><th scope="col">{{ t('admin.username') }}</th><th scope="col">{{ t('admin.name') }}</th>
            <th scope="col">{{ t('admin.roles') }}</th><th scope="col">{{ t('admin.scope') }}</th>
            <th scope="col" class="number">{{ t('admin.failed') }}</th><th scope="col"></th></tr></thead>
          <tbody>
            <tr v-for="account in accounts" :key="account.username" :data-account="account.username">
              <td>{{ account.username }}</td><td>{{ account.name }}</td>
              <td>{{ account.roles.map(role => t('role.' + role)).join('、') }}</td>
              <td>{{ account.department || account.creditCode || '' }}</td>
              <td class="number">{{ account.failedLogins }}</td>
              <td><span :class="account.locked ? 'error' : 'note'">{{ account.locked ? t('admin.locked') : t('admin.active') }}</span></td>
            </tr>
          </tbody>
        </table>
        </div>
      </section>`
  };

  /** A rebuild runs for a while: its progress is polled every second until it switched or failed. */
  const rebuildTab = {
    data() {
      return { rebuild: null, none: false, busy: false, problem: null, timer: null };
    },
    computed: {
      running() {
        return this.rebuild && !['SWITCHED', 'FAILED'].includes(this.rebuild.status);
      }
    },
    methods: {
      async start() {
        const answer = await Portal.submit(this, () => api.post('/api/reports/rebuilds'));
        if (answer !== undefined) {
          this.poll();
        }
      },
      async poll() {
        clearTimeout(this.timer);
        try {
          this.rebuild = await api.get('/api/reports/rebuilds/latest');
          this.none = false;
        } catch (problem) {
          if (problem.status === 404) {
            this.none = true;
            return;
          }
          this.problem = problem;
          return;
        }
        if (this.running) {
          this.timer = setTimeout(() => this.poll(), 1000);
        }
      }
    },
    unmounted() {
      clearTimeout(this.timer);
    },
    template: `
      <section class="panel" data-tab="rebuild">
        <p class="note">{{ t('admin.rebuildNote') }}</p>
        <problem-alert :problem="problem"></problem-alert>
        <div class="actions">
          <button type="button" class="primary" :disabled="busy || running" @click="start" data-action="rebuild">
            {{ t('admin.startRebuild') }}</button>
          <button type="button" :disabled="busy" @click="poll">{{ t('admin.showLatest') }}</button>
        </div>
        <p v-if="none">{{ t('admin.noRebuild') }}</p>
        <div v-if="rebuild" class="rebuild" aria-live="polite" :data-rebuild-status="rebuild.status">
          <p><strong>{{ t('rebuild.' + rebuild.status) }}</strong> ·
            {{ t('admin.generation', { generation: rebuild.generation, serving: rebuild.servingGeneration }) }}</p>
          <progress max="100" :value="rebuild.percent || 0" :aria-label="t('admin.tab.rebuild')">{{ rebuild.percent }}%</progress>
          <p class="note">{{ rebuild.percent || 0 }}% · {{ t('admin.applied', { applied: rebuild.applied, skipped: rebuild.skipped }) }}
            · {{ format.time(rebuild.startedAt) }}<template v-if="rebuild.finishedAt"> – {{ format.time(rebuild.finishedAt) }}</template></p>
          <p v-if="rebuild.error" class="error">{{ rebuild.error }}</p>
        </div>
      </section>`
  };

  Portal.page('admin', '/admin', {
    props: ['query'],
    components: { 'catalogue-tab': catalogueTab, 'calendar-tab': calendarTab, 'accounts-tab': accountsTab,
      'rebuild-tab': rebuildTab },
    computed: {
      tab() {
        return TABS.includes(this.query.tab) ? this.query.tab : 'catalogue';
      }
    },
    methods: {
      open(tab) {
        Portal.go('/admin', { tab });
      }
    },
    data() {
      return { tabs: TABS };
    },
    template: `
      <div>
        <h2>{{ t('admin.title') }}</h2>
        <div class="tabs" role="tablist">
          <button v-for="name in tabs" type="button" role="tab" :aria-selected="tab === name" :data-tab-button="name"
            @click="open(name)">{{ t('admin.tab.' + name) }}</button>
        </div>
        <component :is="tab + '-tab'" role="tabpanel"></component>
      </div>`
  }, ['CITY_ADMIN']);
}());

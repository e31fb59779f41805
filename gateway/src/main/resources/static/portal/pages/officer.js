// The project officer's home (项目专员): my projects with their traffic lights, and for the chosen project the
// monthly report (月度调度), reporting a problem, and opening an approval stage for the enterprise (代办).
(function () {
  const { t, api } = Portal;

  Portal.words({
    zh: {
      'officer.title': '我负责的项目', 'officer.count': '共 {count} 个项目', 'officer.light': '监测',
      'officer.choose': '办理', 'officer.chosen': '正在办理：{name}', 'officer.projectPage': '项目详情',
      'officer.reportProblem': '反映问题', 'officer.report': '月度调度（投资填报）', 'officer.month': '填报月份',
      'officer.planned': '本月计划投资（万元）', 'officer.status': '填报状态', 'officer.dueDate': '填报截止',
      'officer.completed': '本月完成投资（万元）', 'officer.progress': '形象进度（%）', 'officer.narrative': '进展情况',
      'officer.explanation': '情况说明（滞后时填写）', 'officer.send': '提交月报', 'officer.correct': '提交更正',
      'officer.reported': '{month} 月报已提交（第 {revision} 版）。', 'officer.revision': '当前版本：第 {revision} 版',
      'officer.approvals': '代企业申报审批阶段', 'officer.applied': '已代企业申报“{stage}”，各部门并联办理中。',
      'officer.noStage': '所有审批阶段都已申报或办结。', 'officer.cumulative': '累计完成投资（万元）',
      'officer.thisYear': '本年完成 / 计划（万元）',
      'monthStatus.ON_TIME': '按时', 'monthStatus.LATE': '逾期填报', 'monthStatus.MISSING': '未填报',
      'monthStatus.NOT_YET_DUE': '未到期', 'monthStatus.NOT_BEGUN': '未开始',
      'field.completedInvestment': '本月完成投资', 'field.physicalProgress': '形象进度', 'field.narrative': '进展情况',
      'field.explanation': '情况说明'
    },
    en: {
      'officer.title': 'The projects I look after', 'officer.count': '{count} projects', 'officer.light': 'Light',
      'officer.choose': 'Work on it', 'officer.chosen': 'Working on: {name}', 'officer.projectPage': 'Project page',
      'officer.reportProblem': 'Report a problem', 'officer.report': 'Monthly report (investment)',
      'officer.month': 'Month', 'officer.planned': 'Planned this month (10 k yuan)', 'officer.status': 'Status',
      'officer.dueDate': 'Due', 'officer.completed': 'Completed this month (10 k yuan)',
      'officer.progress': 'Physical progress (%)', 'officer.narrative': 'Progress', 'officer.explanation':
        'Explanation (when behind)', 'officer.send': 'Send the report', 'officer.correct': 'Send the correction',
      'officer.reported': 'The report for {month} is in (revision {revision}).',
      'officer.revision': 'Current revision: {revision}', 'officer.approvals': 'Apply for an approval stage for the enterprise',
      'officer.applied': 'Applied for "{stage}" on the enterprise\'s behalf; the departments work on it in parallel.',
      'officer.noStage': 'Every approval stage has been applied for or completed.',
      'officer.cumulative': 'Completed in total (10 k yuan)', 'officer.thisYear': 'This year: completed / plan (10 k yuan)',
      'monthStatus.ON_TIME': 'On time', 'monthStatus.LATE': 'Late', 'monthStatus.MISSING': 'Missing',
      'monthStatus.NOT_YET_DUE': 'Not yet due', 'monthStatus.NOT_BEGUN': 'Not begun',
      'field.completedInvestment': 'Completed this month', 'field.physicalProgress': 'Physical progress',
      'field.narrative': 'Progress', 'field.explanation': 'Explanation'
    }
  });

  /** 万元 as typed → yuan as the API counts, without floating-point noise. */
  function yuan(wan) {
    const text = String(wan).trim();
    return /^\d+(\.\d{1,4})?$/.test(text) ? (Number(text) * 10000).toFixed(2) : text;
  }

  /** The monthly report of the chosen project: the month's plan and status, and the form. */
  const monthlyReport = {
    props: ['project'],
    data() {
      const today = new Date();
      const month = today.getFullYear() + '-' + String(today.getMonth() + 1).padStart(2, '0');
      const kept = Portal.draft('officer.report.' + this.project.id,
        { month, completed: '', progress: '', narrative: '', explanation: '' });
      return { investment: null, kept, form: kept.form, busy: false, problem: null, done: null };
    },
    computed: {
      row() {
        return this.investment && this.investment.months.find(row => row.month === this.form.month);
      },
      months() {
        return this.investment ? this.investment.months.map(row => row.month)
          .filter(month => month <= new Date().toISOString().slice(0, 7)) : [];
      }
    },
    methods: {
      async load() {
        this.investment = await api.get('/api/projects/' + this.project.id + '/investment',
          { year: this.form.month.slice(0, 4) }).catch(problem => { this.problem = problem; return null; });
      },
      async send() {
        this.done = null;
        const answer = await Portal.submit(this, () => api.put(
          '/api/projects/' + this.project.id + '/monthly-reports/' + this.form.month, {
            revision: this.row ? this.row.revision || 0 : 0,
            completedInvestment: yuan(this.form.completed),
            physicalProgress: this.form.progress === '' ? null : Number(this.form.progress),
            narrative: this.form.narrative,
            explanation: this.form.explanation.trim() ? this.form.explanation : null
          }));
        if (answer) {
          this.done = t('officer.reported', { month: this.form.month, revision: answer.revision });
          this.kept.clear();
          await this.load();
        }
      }
    },
    mounted() {
      this.load();
    },
    template: `
      <section class="panel" data-section="monthly-report">
        <h3>{{ t('officer.report') }}</h3>
        <dl v-if="investment" class="facts">
          <dt>{{ t('officer.thisYear') }}</dt>
          <dd>{{ format.wan(investment.completedThisYear) }} / {{ investment.annualPlan ? format.wan(investment.annualPlan.annualAmount) : '—' }}</dd>
          <dt>{{ t('officer.cumulative') }}</dt><dd>{{ format.wan(investment.cumulativeCompleted) }}</dd>
        </dl>
        <p v-if="done" class="done" role="status" data-report-done>{{ done }}</p>
        <problem-alert :problem="problem"></problem-alert>
        <form class="form" @submit.prevent="send" data-form="monthly-report">
          <div class="row">
            <label>{{ t('officer.month') }}
              <select v-model="form.month" name="month" @change="load">
                <option v-for="month in months" :value="month">{{ month }}</option>
              </select>
            </label>
            <dl v-if="row" class="facts">
              <dt>{{ t('officer.planned') }}</dt><dd>{{ format.wan(row.planned) }}</dd>
              <dt>{{ t('officer.status') }}</dt><dd data-month-status>{{ t('monthStatus.' + row.status) }}</dd>
              <dt>{{ t('officer.dueDate') }}</dt><dd>{{ format.date(row.dueDate) }}</dd>
              <template v-if="row.revision"><dt>{{ t('officer.revision', { revision: row.revision }) }}</dt>
                <dd>{{ format.wan(row.completedInvestment) }} · {{ row.physicalProgress }}%</dd></template>
            </dl>
          </div>
          <label>{{ t('officer.completed') }}
            <input v-model="form.completed" name="completedInvestment" inputmode="decimal" required
              aria-describedby="completed-error">
            <field-error :problem="problem" name="completedInvestment" id="completed-error"></field-error>
          </label>
          <label>{{ t('officer.progress') }}
            <input v-model="form.progress" name="physicalProgress" type="number" min="0" max="100" step="0.1" required
              aria-describedby="progress-error">
            <field-error :problem="problem" name="physicalProgress" id="progress-error"></field-error>
          </label>
          <label>{{ t('officer.narrative') }}
            <textarea v-model="form.narrative" name="narrative" maxlength="2000" required
              aria-describedby="narrative-error"></textarea>
            <field-error :problem="problem" name="narrative" id="narrative-error"></field-error>
          </label>
          <label>{{ t('officer.explanation') }}
            <textarea v-model="form.explanation" name="explanation" maxlength="1000"
              aria-describedby="explanation-error"></textarea>
            <field-error :problem="problem" name="explanation" id="explanation-error"></field-error>
          </label>
          <div class="actions">
            <button type="submit" class="primary" :disabled="busy" data-action="send-report">
              {{ row && row.revision ? t('officer.correct') : t('officer.send') }}</button>
            <busy-note :busy="busy" :text="t('saving')"></busy-note>
          </div>
        </form>
      </section>`
  };

  /** Opening an approval stage on the enterprise's behalf (代办): the stages not applied for yet. */
  const stageApplication = {
    props: ['project'],
    data() {
      return { progress: null, problem: null, done: null };
    },
    computed: {
      open() {
        return this.progress ? this.progress.stages.filter(Portal.mayApplyFor).map(stage => stage.stage) : [];
      }
    },
    methods: {
      async load() {
        this.progress = await api.get('/api/approvals/projects/' + this.project.id + '/progress')
          .catch(problem => { this.problem = problem; return null; });
      },
      async applied({ stage }) {
        this.done = t('officer.applied', { stage: t('approvalStage.' + stage) });
        await this.load();
      }
    },
    mounted() {
      this.load();
    },
    template: `
      <section class="panel" data-section="stage-application">
        <h3>{{ t('officer.approvals') }}</h3>
        <ul v-if="progress" class="stages">
          <li v-for="stage in progress.stages" :data-stage-status="stage.status">
            {{ t('approvalStage.' + stage.stage) }}: {{ t('stageStatus.' + stage.status) }}</li>
        </ul>
        <p v-if="done" class="done" role="status" data-applied>{{ done }}</p>
        <problem-alert :problem="problem"></problem-alert>
        <p v-if="progress && !open.length">{{ t('officer.noStage') }}</p>
        <application-form v-else-if="progress" data-form="stage-application" :project-id="project.id" :stages="open"
          :draft-key="'officer.apply.' + project.id" :submit-hook="{ 'data-action': 'apply-stage' }"
          @send="done = null" @applied="applied" @refresh="load"></application-form>
      </section>`
  };

  Portal.page('officer', '/officer', {
    props: ['query'],
    components: { 'monthly-report': monthlyReport, 'stage-application': stageApplication },
    data() {
      return { projects: [], lights: {}, busy: true, problem: null };
    },
    computed: {
      chosen() {
        return this.projects.find(project => project.id === this.query.project) || null;
      }
    },
    methods: {
      choose(project) {
        Portal.go('/officer', { project: project.id });
      }
    },
    async mounted() {
      try {
        const [found, lights] = await Promise.all([
          api.get('/api/projects', { officer: Portal.user().id, size: 100, sort: 'NAME' }),
          api.get('/api/reports/lights')]);
        this.projects = found.items;
        (lights.projects || []).forEach(light => { this.lights[light.projectId] = light; });
      } catch (problem) {
        this.problem = problem;
      } finally {
        this.busy = false;
      }
    },
    template: `
      <div>
        <section class="panel">
          <h2 id="officer-title">{{ t('officer.title') }}</h2>
          <problem-alert :problem="problem"></problem-alert>
          <busy-note :busy="busy"></busy-note>
          <p v-if="!busy" class="note">{{ t('officer.count', { count: projects.length }) }}</p>
          <div class="scroll">
          <table aria-labelledby="officer-title">
            <thead><tr><th scope="col">{{ t('name') }}</th><th scope="col">{{ t('district') }}</th>
              <th scope="col">{{ t('stage') }}</th><th scope="col">{{ t('officer.light') }}</th>
              <th scope="col"><span class="visually-hidden">{{ t('officer.choose') }}</span></th></tr></thead>
            <tbody>
              <tr v-for="project in projects" :key="project.id" :data-officer-project="project.name"
                :class="{ chosen: chosen && chosen.id === project.id }">
                <td><a :href="'#/projects/' + project.id">{{ project.name }}</a></td>
                <td>{{ districtName(project.district) }}</td>
                <td><stage-tag :stage="project.stage"></stage-tag></td>
                <td><light-tag v-if="lights[project.id]" :light="lights[project.id].light"
                  :title="lights[project.id].explanation"></light-tag></td>
                <td><button type="button" @click="choose(project)" data-action="choose">{{ t('officer.choose') }}</button></td>
              </tr>
              <tr v-if="!busy && !projects.length"><td colspan="5">{{ t('none') }}</td></tr>
            </tbody>
          </table>
          </div>
        </section>
        <section v-if="chosen" class="panel" :key="chosen.id" data-chosen>
          <h2>{{ t('officer.chosen', { name: chosen.name }) }}</h2>
          <p class="actions-line">
            <a :href="'#/projects/' + chosen.id">{{ t('officer.projectPage') }}</a> ·
            <a :href="'#/tickets/new?projectId=' + chosen.id" data-action="report-problem">{{ t('officer.reportProblem') }}</a>
          </p>
          <div class="columns even">
            <monthly-report :project="chosen"></monthly-report>
            <stage-application :project="chosen"></stage-application>
          </div>
        </section>
      </div>`
  }, ['PROJECT_OFFICER']);
}());

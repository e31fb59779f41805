// The enterprise's service page (企业服务): its projects, each project's approval progress stage by stage with the
// applicant's own moves (resubmitting a returned item, delivering the materials owed after 容缺受理, applying for a
// stage with the one application form of components.js), and its problem tickets.
(function () {
  const { t, api } = Portal;
  // The applicant answers an item in these states (approval-service: resubmission, cure).
  const RESUBMIT = ['RETURNED_FOR_CORRECTION', 'RETURNED'];
  const CURE = ['ACCEPTED_WITH_DEFICIENCIES', 'SUSPENDED'];

  Portal.words({
    zh: {
      'enterprise.title': '企业服务', 'enterprise.projects': '我的项目', 'enterprise.noProjects': '暂无项目。',
      'enterprise.project': '项目', 'enterprise.stage': '类别', 'enterprise.investment': '总投资（亿元）',
      'enterprise.projectPage': '项目详情', 'enterprise.reportOn': '反映问题',
      'enterprise.applications': '我的审批申请', 'enterprise.progressMissing': '审批系统尚未收到该项目，请稍后再看。',
      'enterprise.attempt': '第 {attempt} 次申请 · {date}', 'enterprise.noCase': '尚未申请。',
      'enterprise.apply': '申请本阶段', 'enterprise.applyTitle': '申请：{stage}',
      'enterprise.applied': '申请已提交，各部门开始计时办理。',
      'enterprise.resubmit': '重新提交', 'enterprise.cure': '补交材料', 'enterprise.note': '说明（选填）',
      'enterprise.resubmitted': '已重新提交。', 'enterprise.cured': '材料已补交。',
      'enterprise.refresh': '刷新进度', 'enterprise.tickets': '我的问题', 'enterprise.report': '反映问题',
      'enterprise.item': '事项', 'enterprise.department': '部门', 'enterprise.state': '状态', 'enterprise.clock': '办理时限'
    },
    en: {
      'enterprise.title': 'Enterprise services', 'enterprise.projects': 'My projects', 'enterprise.noProjects': 'No projects.',
      'enterprise.project': 'Project', 'enterprise.stage': 'Stage', 'enterprise.investment': 'Total investment (100 M yuan)',
      'enterprise.projectPage': 'Project page', 'enterprise.reportOn': 'Report a problem',
      'enterprise.applications': 'My applications',
      'enterprise.progressMissing': 'The approval service has not received this project yet; look again later.',
      'enterprise.attempt': 'attempt {attempt} · {date}', 'enterprise.noCase': 'Not applied for.',
      'enterprise.apply': 'Apply for this stage', 'enterprise.applyTitle': 'Apply: {stage}',
      'enterprise.applied': 'The application was filed; the departments’ clocks are running.',
      'enterprise.resubmit': 'Resubmit', 'enterprise.cure': 'Deliver the missing materials',
      'enterprise.note': 'Note (optional)', 'enterprise.resubmitted': 'Resubmitted.',
      'enterprise.cured': 'The materials were delivered.', 'enterprise.refresh': 'Refresh the progress',
      'enterprise.tickets': 'My tickets', 'enterprise.report': 'Report a problem', 'enterprise.item': 'Item',
      'enterprise.department': 'Department', 'enterprise.state': 'State', 'enterprise.clock': 'Time limit'
    }
  });

  Portal.page('enterprise', '/enterprise', {
    props: ['query'],
    data() {
      return { projects: [], progress: {}, missing: {}, tickets: [], loading: true, loadProblem: null,
        acting: null, draft: null, form: null, busy: false, problem: null, done: null };
    },
    computed: {
      conflict() {
        return this.problem && this.problem.status === 409;
      }
    },
    methods: {
      t,
      itemName: Portal.itemName,
      async load() {
        this.loading = true;
        try {
          const [projects, tickets] = await Promise.all([api.get('/api/projects', { mine: 'true', size: 100 }),
            api.get('/api/issues/my-tickets', { size: 50 })]);
          this.projects = projects.items;
          this.tickets = tickets.items;
          await Promise.all(this.projects.map(project => this.loadProgress(project.id)));
        } catch (problem) {
          this.loadProblem = problem;
        } finally {
          this.loading = false;
        }
      },
      async loadProgress(projectId) {
        try {
          this.progress[projectId] = await api.get('/api/approvals/projects/' + encodeURIComponent(projectId) + '/progress');
        } catch (problem) {
          // A project registered a moment ago may not have reached approval-service yet.
          if (problem.status === 404) {
            this.missing[projectId] = true;
          } else {
            this.loadProblem = problem;
          }
        }
      },
      /** What the applicant may do on an item: resubmit it, deliver what it owes, or nothing. */
      answerFor(approvalCase, item) {
        if (approvalCase.status !== 'OPEN') {
          return null;
        }
        return RESUBMIT.includes(item.state) ? 'resubmission' : CURE.includes(item.state) ? 'cure' : null;
      },
      mayApply: Portal.mayApplyFor,
      isActing(kind, key) {
        return !!this.acting && this.acting.kind === kind && this.acting.key === key;
      },
      /** The application form (it keeps its own draft). */
      startApply(project, stage) {
        this.begin({ kind: 'apply', key: project.id + '/' + stage.stage });
      },
      startAnswer(projectId, approvalCase, item) {
        const kind = this.answerFor(approvalCase, item);
        if (this.begin({ kind, key: approvalCase.caseId + '/' + item.code, projectId, caseId: approvalCase.caseId,
          code: item.code, version: item.version })) {
          this.draft = Portal.draft('enterprise.' + kind + '.' + approvalCase.caseId + '.' + item.code, { note: '' });
          this.form = this.draft.form;
        }
      },
      /** Opens a form, or closes it when it is open already; true when it opened. */
      begin(acting) {
        if (this.isActing(acting.kind, acting.key)) {
          this.acting = null;
          return false;
        }
        this.done = null;
        this.problem = null;
        this.acting = acting;
        return true;
      },
      async answer() {
        const { projectId, caseId, code, version, kind } = this.acting;
        const note = this.form.note.trim();
        const answer = await Portal.submit(this, () => api.post('/api/approvals/cases/' + encodeURIComponent(caseId)
          + '/items/' + encodeURIComponent(code) + '/' + kind, { version, note: note || null }));
        if (answer !== undefined) {
          this.draft.clear();
          this.finished(projectId, t(kind === 'cure' ? 'enterprise.cured' : 'enterprise.resubmitted'));
        }
      },
      async finished(projectId, message) {
        this.acting = null;
        this.done = { projectId, message };
        await this.loadProgress(projectId);
      },
      /** After a conflict: read the progress again; the form keeps what was typed, with the item's new version. */
      async refresh() {
        const acting = this.acting;
        this.problem = null;
        await this.loadProgress(acting.projectId);
        const stages = this.progress[acting.projectId].stages;
        const item = stages.flatMap(stage => stage.cases).filter(c => c.caseId === acting.caseId)
          .flatMap(c => c.items).find(one => one.code === acting.code);
        acting.version = item ? item.version : acting.version;
      }
    },
    mounted() {
      this.load();
    },
    template: `
      <div class="enterprise">
        <h2>{{ t('enterprise.title') }}</h2>
        <problem-alert :problem="loadProblem"></problem-alert>
        <busy-note :busy="loading"></busy-note>
        <section class="panel" data-section="projects">
          <h3 id="my-projects">{{ t('enterprise.projects') }}</h3>
          <div class="scroll">
            <table aria-labelledby="my-projects">
              <thead><tr><th scope="col">{{ t('enterprise.project') }}</th><th scope="col">{{ t('enterprise.stage') }}</th>
                <th scope="col" class="number">{{ t('enterprise.investment') }}</th><th scope="col"><span class="visually-hidden">{{ t('open') }}</span></th></tr></thead>
              <tbody>
                <tr v-for="project in projects" :key="project.id" :data-project="project.id">
                  <td><a :href="'#/projects/' + project.id" data-project-link>{{ project.name }}</a></td>
                  <td><stage-tag :stage="project.stage"></stage-tag></td>
                  <td class="number">{{ format.yi(project.totalInvestment) }}</td>
                  <td><a :href="'#/tickets/new?projectId=' + project.id" data-report-link>{{ t('enterprise.reportOn') }}</a></td>
                </tr>
                <tr v-if="!loading && projects.length === 0"><td colspan="4">{{ t('enterprise.noProjects') }}</td></tr>
              </tbody>
            </table>
          </div>
        </section>

        <section class="panel" data-section="applications">
          <h3>{{ t('enterprise.applications') }}</h3>
          <article v-for="project in projects" :key="project.id" class="application" :data-progress="project.id">
            <h4>{{ project.name }}</h4>
            <p v-if="done && done.projectId === project.id" class="done" role="status" data-done>{{ done.message }}</p>
            <p v-if="missing[project.id]" class="note">{{ t('enterprise.progressMissing') }}</p>
            <ol v-if="progress[project.id]" class="stages">
              <li v-for="stage in progress[project.id].stages" :key="stage.stage" :data-stage-progress="stage.stage"
                :class="'status-' + stage.status">
                <div class="stage-head">
                  <strong>{{ t('approvalStage.' + stage.stage) }}</strong>
                  <span class="tag" :data-stage-status="stage.status">{{ t('stageStatus.' + stage.status) }}</span>
                  <button v-if="mayApply(stage)" type="button" data-action="apply" :data-stage="stage.stage"
                    :aria-expanded="String(isActing('apply', project.id + '/' + stage.stage))"
                    @click="startApply(project, stage)">{{ t('enterprise.apply') }}</button>
                </div>
                <application-form v-if="isActing('apply', project.id + '/' + stage.stage)" data-form="apply"
                  :project-id="project.id" :stage="stage.stage" :draft-key="'enterprise.apply.' + project.id + '.' + stage.stage"
                  :submit-hook="{ 'data-submit': 'apply' }" cancellable @cancel="acting = null"
                  @applied="finished(project.id, t('enterprise.applied'))" @refresh="loadProgress(project.id)">
                  <h5>{{ t('enterprise.applyTitle', { stage: t('approvalStage.' + stage.stage) }) }}</h5>
                </application-form>
                <div v-for="one in stage.cases" :key="one.caseId" class="case-progress" :data-case="one.caseId">
                  <p class="note">{{ one.caseId }} · {{ t('enterprise.attempt', { attempt: one.attempt, date: format.date(one.openedOn) }) }}
                    · {{ t('stageStatus.' + one.status) }}</p>
                  <div class="scroll">
                    <table :aria-label="t('approvalStage.' + stage.stage)">
                      <thead><tr><th scope="col">{{ t('enterprise.item') }}</th><th scope="col">{{ t('enterprise.department') }}</th>
                        <th scope="col">{{ t('enterprise.state') }}</th><th scope="col">{{ t('enterprise.clock') }}</th></tr></thead>
                      <tbody>
                        <template v-for="item in one.items" :key="item.code">
                          <tr :data-item="item.code">
                            <td>{{ itemName(item) }}<item-terms :item="item"></item-terms>
                              <button v-if="answerFor(one, item)" type="button" :data-action="answerFor(one, item)"
                                :aria-expanded="String(isActing(answerFor(one, item), one.caseId + '/' + item.code))"
                                @click="startAnswer(project.id, one, item)">{{ t(answerFor(one, item) === 'cure' ? 'enterprise.cure' : 'enterprise.resubmit') }}</button></td>
                            <td>{{ item.departmentName }}</td>
                            <td><item-state :state="item.state"></item-state></td>
                            <td><item-clock :item="item"></item-clock></td>
                          </tr>
                          <tr v-if="acting && acting.caseId === one.caseId && acting.code === item.code">
                            <td colspan="4">
                              <form class="form" novalidate @submit.prevent="answer" :data-form="acting.kind">
                                <problem-alert :problem="problem"></problem-alert>
                                <p v-if="conflict"><button type="button" @click="refresh" data-refresh>{{ t('enterprise.refresh') }}</button></p>
                                <label>{{ t('enterprise.note') }}
                                  <textarea v-model="form.note" name="note" maxlength="2000" aria-describedby="e-note"></textarea>
                                  <field-error :problem="problem" name="note" id="e-note"></field-error>
                                </label>
                                <div class="actions">
                                  <button type="submit" class="primary" :disabled="busy" :data-submit="acting.kind">
                                    {{ t(acting.kind === 'cure' ? 'enterprise.cure' : 'enterprise.resubmit') }}</button>
                                  <button type="button" @click="acting = null">{{ t('cancel') }}</button>
                                  <busy-note :busy="busy" :text="t('saving')"></busy-note>
                                </div>
                              </form>
                            </td>
                          </tr>
                        </template>
                      </tbody>
                    </table>
                  </div>
                </div>
                <p v-if="stage.cases.length === 0" class="note">{{ t('enterprise.noCase') }}</p>
              </li>
            </ol>
          </article>
        </section>

        <section class="panel" data-section="tickets">
          <div class="heading-row">
            <h3>{{ t('enterprise.tickets') }}</h3>
            <a href="#/tickets/new" class="button" data-report-link>{{ t('enterprise.report') }}</a>
          </div>
          <ticket-table :tickets="tickets" :label="t('enterprise.tickets')" hook="my-tickets"></ticket-table>
        </section>
      </div>`
  }, ['ENTERPRISE']);
}());

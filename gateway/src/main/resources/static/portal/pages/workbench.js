// The department's approval workbench (审批工作台): its queue of undecided items, soonest due first; an item's case
// with the one form and every department's item; the decisions the item's state allows, each with its own small
// form; verifying an approval on commitment; the department's overdue items and its problem tickets.
// Also the approval words and item components the enterprise page reuses.
(function () {
  const { t, api } = Portal;
  // What approval-service lets a department decide in each state (docs/services/approval-service.md, item states).
  const DECISIONS = {
    SUBMITTED: ['ACCEPT', 'ACCEPT_WITH_DEFICIENCIES', 'RETURN_FOR_CORRECTION', 'APPROVE_ON_COMMITMENT', 'REJECT'],
    ACCEPTED: ['APPROVE', 'APPROVE_ON_COMMITMENT', 'RETURN_FOR_CORRECTION', 'REJECT'],
    ACCEPTED_WITH_DEFICIENCIES: ['RETURN_FOR_CORRECTION', 'REJECT'],
    SUSPENDED: ['REJECT']
  };
  const OPINIONS = ['APPROVE', 'APPROVE_ON_COMMITMENT', 'REJECT'];

  Portal.words({
    zh: {
      'workbench.title': '审批工作台', 'workbench.noDepartment': '您的账号没有所属部门，无法办理审批事项。',
      'workbench.queue': '待办事项', 'workbench.queueNote': '本部门尚未办结的事项，最先到期的在前。',
      'workbench.overdue': '本部门超期事项', 'workbench.tickets': '本部门的问题办理',
      'workbench.project': '项目', 'workbench.case': '申请', 'workbench.item': '事项', 'workbench.state': '状态',
      'workbench.clock': '办理时限', 'workbench.department': '部门', 'workbench.attempt': '第 {attempt} 次申请',
      'workbench.handle': '办理', 'workbench.noItem': '暂无待办事项。', 'workbench.noOverdue': '没有超期事项。',
      'workbench.lookup': '按申请编号打开', 'workbench.caseId': '申请编号', 'workbench.openCase': '打开',
      'workbench.caseTitle': '申请详情', 'workbench.close': '收起',
      'workbench.applicant': '申请单位', 'workbench.filedBy': '提交人', 'workbench.agent': '（项目专员代办）',
      'workbench.openedOn': '申请日期', 'workbench.status': '办理状态', 'workbench.form': '申请表',
      'workbench.contactName': '联系人', 'workbench.contactPhone': '联系电话',
      'workbench.constructionContent': '建设内容', 'workbench.siteAddress': '建设地点',
      'workbench.attachments': '附件', 'workbench.items': '各部门事项', 'workbench.jointInspection': '联合踏勘',
      'workbench.notScheduled': '尚未安排', 'workbench.inspectionPending': '联合踏勘举行后，才能出具验收意见。',
      'workbench.decidedOn': '{date} 办结', 'workbench.onTime': '按时', 'workbench.late': '超时',
      'workbench.missing': '容缺材料', 'workbench.cureBy': '补齐期限', 'workbench.lastDayToCure': '最迟补齐',
      'workbench.commitment': '承诺事项', 'workbench.verifyBy': '核查期限', 'workbench.verified': '已核查：{result}',
      'workbench.passed': '通过', 'workbench.failed': '未通过',
      'workbench.mine': '本部门', 'workbench.selectItem': '办理此事项', 'workbench.acting': '办理：{item}',
      'workbench.noDecision': '该事项当前状态下无需本部门作出决定。',
      'workbench.reasons': '理由', 'workbench.missingMaterials': '缺少的材料（每行一项）',
      'workbench.cureDeadline': '补齐期限', 'workbench.verificationObligation': '承诺及核查要求',
      'workbench.verificationDeadline': '核查期限', 'workbench.extendedHours': '延时服务（非工作时间办理）',
      'workbench.verify': '核查承诺', 'workbench.verifyIntro': '告知承诺制审批后，按期核查申请人是否履行承诺。',
      'workbench.verifyPassed': '核查结果', 'workbench.findings': '核查情况',
      'workbench.sendVerification': '提交核查结果', 'workbench.done': '已办理：{action}。',
      'workbench.refreshCase': '刷新申请', 'workbench.steps': '办理记录',
      'decision.ACCEPT': '受理', 'decision.ACCEPT_WITH_DEFICIENCIES': '容缺受理',
      'decision.RETURN_FOR_CORRECTION': '退回补正', 'decision.APPROVE': '准予',
      'decision.APPROVE_ON_COMMITMENT': '告知承诺', 'decision.REJECT': '不予',
      'decision.RESUBMITTED': '重新提交', 'decision.DEFICIENCIES_CURED': '补齐材料',
      'decision.COMMITMENT_VERIFIED': '核查通过', 'decision.COMMITMENT_BREACHED': '核查未通过（撤销）',
      'decision.SUSPENDED': '中止', 'decision.RETURNED': '退件', 'workbench.reasonsGiven': '{decision}理由',
      // Field names for <problem-alert>'s list of a 400's errors (it looks up field.<name>).
      'field.reasons': '理由', 'field.missingMaterials': '缺少的材料', 'field.cureDeadline': '补齐期限',
      'field.verificationObligation': '承诺及核查要求', 'field.verificationDeadline': '核查期限',
      'field.findings': '核查情况', 'field.passed': '核查结果', 'field.note': '说明',
      'field.form.contactName': '联系人', 'field.form.contactPhone': '联系电话',
      'field.form.constructionContent': '建设内容', 'field.form.siteAddress': '建设地点', 'field.form.attachments': '附件'
    },
    en: {
      'workbench.title': 'Approval workbench',
      'workbench.noDepartment': 'Your account belongs to no department, so it cannot decide approval items.',
      'workbench.queue': 'My queue', 'workbench.queueNote': "The department's undecided items, soonest due first.",
      'workbench.overdue': "My department's overdue items", 'workbench.tickets': "My department's problem tickets",
      'workbench.project': 'Project', 'workbench.case': 'Application', 'workbench.item': 'Item',
      'workbench.state': 'State', 'workbench.clock': 'Time limit', 'workbench.department': 'Department',
      'workbench.attempt': 'attempt {attempt}', 'workbench.handle': 'Open', 'workbench.noItem': 'Nothing waiting.',
      'workbench.noOverdue': 'No overdue items.', 'workbench.lookup': 'Open by application number',
      'workbench.caseId': 'Application number', 'workbench.openCase': 'Open', 'workbench.caseTitle': 'Application',
      'workbench.close': 'Close', 'workbench.applicant': 'Applicant', 'workbench.filedBy': 'Filed by',
      'workbench.agent': ' (by the project officer)', 'workbench.openedOn': 'Filed on', 'workbench.status': 'Status',
      'workbench.form': 'Application form', 'workbench.contactName': 'Contact', 'workbench.contactPhone': 'Phone',
      'workbench.constructionContent': 'Construction content', 'workbench.siteAddress': 'Site',
      'workbench.attachments': 'Attachments', 'workbench.items': "The departments' items",
      'workbench.jointInspection': 'Joint inspection', 'workbench.notScheduled': 'not scheduled yet',
      'workbench.inspectionPending': 'An opinion can be given once the joint inspection has taken place.',
      'workbench.decidedOn': 'decided {date}', 'workbench.onTime': 'on time', 'workbench.late': 'late',
      'workbench.missing': 'Materials owed', 'workbench.cureBy': 'Cure by', 'workbench.lastDayToCure': 'Last day to cure',
      'workbench.commitment': 'Commitment', 'workbench.verifyBy': 'Verify by', 'workbench.verified': 'Verified: {result}',
      'workbench.passed': 'passed', 'workbench.failed': 'failed',
      'workbench.mine': 'mine', 'workbench.selectItem': 'Act on this item', 'workbench.acting': 'Deciding: {item}',
      'workbench.noDecision': 'Nothing for the department to decide in this state.',
      'workbench.reasons': 'Reasons', 'workbench.missingMaterials': 'Missing materials (one a line)',
      'workbench.cureDeadline': 'Cure deadline', 'workbench.verificationObligation': 'Commitment and what will be verified',
      'workbench.verificationDeadline': 'Verification deadline',
      'workbench.extendedHours': 'Extended-hours service (outside working hours)',
      'workbench.verify': 'Verify the commitment',
      'workbench.verifyIntro': 'After an approval on commitment, check in time that the applicant kept it.',
      'workbench.verifyPassed': 'Result', 'workbench.findings': 'Findings',
      'workbench.sendVerification': 'Send the verification', 'workbench.done': 'Done: {action}.',
      'workbench.refreshCase': 'Refresh the application', 'workbench.steps': 'Record',
      'decision.ACCEPT': 'Accept', 'decision.ACCEPT_WITH_DEFICIENCIES': 'Accept with deficiencies',
      'decision.RETURN_FOR_CORRECTION': 'Return for correction', 'decision.APPROVE': 'Approve',
      'decision.APPROVE_ON_COMMITMENT': 'Approve on commitment', 'decision.REJECT': 'Reject',
      'decision.RESUBMITTED': 'Resubmitted', 'decision.DEFICIENCIES_CURED': 'Materials delivered',
      'decision.COMMITMENT_VERIFIED': 'Commitment verified', 'decision.COMMITMENT_BREACHED': 'Commitment breached (revoked)',
      'decision.SUSPENDED': 'Suspended', 'decision.RETURNED': 'Returned', 'workbench.reasonsGiven': '{decision}: reasons',
      'field.reasons': 'Reasons', 'field.missingMaterials': 'Missing materials', 'field.cureDeadline': 'Cure deadline',
      'field.verificationObligation': 'Commitment', 'field.verificationDeadline': 'Verification deadline',
      'field.findings': 'Findings', 'field.passed': 'Result', 'field.note': 'Note',
      'field.form.contactName': 'Contact', 'field.form.contactPhone': 'Phone',
      'field.form.constructionContent': 'Construction content', 'field.form.siteAddress': 'Site',
      'field.form.attachments': 'Attachments'
    }
  });

  /** An item's name in the user's language. */
  Portal.itemName = item => (Portal.state.lang === 'en' && item.nameEn) || item.name;

  /** An item's state as a tag. */
  Portal.components['item-state'] = {
    props: ['state'],
    methods: { t },
    template: `<span class="tag item-state" :class="'state-' + state" :data-item-state="state">{{ t('itemState.' + state) }}</span>`
  };

  /** An item's working-day clock while undecided; once decided, the day and whether it was on time. */
  Portal.components['item-clock'] = {
    props: ['item'],
    methods: { t },
    template: `
      <span v-if="item.decidedOn" class="note">{{ t('workbench.decidedOn', { date: format.date(item.decidedOn) }) }}
        · {{ item.onTime ? t('workbench.onTime') : t('workbench.late') }}</span>
      <working-clock v-else :due="item.dueDate" :left="item.remainingWorkingDays" :overdue="item.workingDaysOverdue"
        :paused="item.clockStopped"></working-clock>`
  };

  /** What an item owes or promised: missing materials and cure deadline, the commitment to verify. */
  Portal.components['item-terms'] = {
    props: ['item'],
    methods: { t },
    computed: {
      /** Materials are owed only until cured (the item keeps the list afterwards). */
      owing() {
        return this.item.state === 'ACCEPTED_WITH_DEFICIENCIES' || this.item.state === 'SUSPENDED';
      },
      /** The reasons of a return or a rejection, which the applicant needs to see. */
      reasons() {
        const last = (this.item.steps || [])[this.item.steps.length - 1];
        return last && (last.action === 'RETURN_FOR_CORRECTION' || last.action === 'REJECT') && last.note ? last : null;
      }
    },
    template: `
      <div class="item-terms">
        <p v-if="reasons" data-reasons>{{ t('workbench.reasonsGiven', { decision: t('decision.' + reasons.action) }) }}:
          {{ reasons.note }}</p>
        <p v-if="owing && item.missingMaterials && item.missingMaterials.length">{{ t('workbench.missing') }}:
          {{ item.missingMaterials.join('、') }}
          <template v-if="item.cureDeadline"> · {{ t('workbench.cureBy') }} {{ format.date(item.cureDeadline) }}</template>
          <template v-if="item.lastDayToCure"> · {{ t('workbench.lastDayToCure') }} {{ format.date(item.lastDayToCure) }}</template></p>
        <p v-if="item.commitment">{{ t('workbench.commitment') }}: {{ item.commitment.obligation }}
          · {{ t('workbench.verifyBy') }} {{ format.date(item.commitment.verificationDeadline) }}
          <template v-if="item.commitment.passed != null"> · {{ t('workbench.verified',
            { result: item.commitment.passed ? t('workbench.passed') : t('workbench.failed') }) }}</template></p>
      </div>`
  };

  /** The queue and the overdue list share a shape: {caseId, projectId, projectName, stage, item}. */
  Portal.components['workbench-items'] = {
    props: ['entries', 'label', 'hook', 'empty'],
    emits: ['open'],
    methods: { t, itemName: Portal.itemName },
    template: `
      <div class="scroll">
        <table :aria-label="label" :data-list="hook">
          <thead><tr><th scope="col">{{ t('workbench.item') }}</th><th scope="col">{{ t('workbench.state') }}</th>
            <th scope="col">{{ t('workbench.clock') }}</th><th scope="col">{{ t('workbench.project') }}</th>
            <th scope="col">{{ t('workbench.case') }}</th></tr></thead>
          <tbody>
            <tr v-for="entry in entries" :key="entry.caseId + '/' + entry.item.code"
              :data-queue-item="entry.caseId + '/' + entry.item.code">
              <!-- The item opens from its name: on a phone the first column is the one in view. -->
              <td><button type="button" class="link" data-action="open-item" @click="$emit('open', entry)">{{ itemName(entry.item) }}</button></td>
              <td><item-state :state="entry.item.state"></item-state></td>
              <td><item-clock :item="entry.item"></item-clock></td>
              <td>{{ entry.projectName }}</td>
              <td>{{ t('approvalStage.' + entry.stage) }}<br><span class="note small">{{ entry.caseId }}</span></td>
            </tr>
            <tr v-if="entries.length === 0"><td colspan="5">{{ empty }}</td></tr>
          </tbody>
        </table>
      </div>`
  };

  /** The decisions the item's state allows; in a joint acceptance opinions wait for the joint inspection. */
  function decisionsFor(approvalCase, item) {
    if (approvalCase.status !== 'OPEN') {
      return [];
    }
    const allowed = DECISIONS[item.state] || [];
    const inspection = approvalCase.jointInspection;
    const held = inspection && inspection.date && inspection.date <= approvalCase.asOf;
    return approvalCase.jointAcceptance && !held ? allowed.filter(decision => !OPINIONS.includes(decision)) : allowed;
  }

  /** Only the fields the chosen decision needs go to the API (it rejects a reject without reasons, …). */
  function decisionBody(item, decision, form) {
    const body = { version: item.version, decision, extendedHours: !!form.extendedHours };
    if (decision === 'RETURN_FOR_CORRECTION' || decision === 'REJECT') {
      body.reasons = form.reasons.trim();
    }
    if (decision === 'ACCEPT_WITH_DEFICIENCIES') {
      body.missingMaterials = form.missingMaterials.split('\n').map(line => line.trim()).filter(Boolean);
      body.cureDeadline = form.cureDeadline || null;
    }
    if (decision === 'APPROVE_ON_COMMITMENT') {
      body.verificationObligation = form.verificationObligation.trim();
      body.verificationDeadline = form.verificationDeadline || null;
    }
    return body;
  }

  Portal.page('workbench', '/workbench', {
    props: ['query'],
    data() {
      return { department: Portal.user().department, queue: [], queueTotal: 0, overdue: [], tickets: [],
        loading: false, loadProblem: null, approvalCase: null, code: null, draft: null, form: null, chosen: null,
        busy: false, problem: null, done: null, lookup: { caseId: '' }, caseBusy: false };
    },
    computed: {
      item() {
        return this.approvalCase && this.approvalCase.items.find(item => item.code === this.code);
      },
      decisions() {
        return this.item && this.item.department === this.department ? decisionsFor(this.approvalCase, this.item) : [];
      },
      /** An approval on commitment of this department not verified yet. */
      verifiable() {
        const item = this.item;
        return !!item && item.department === this.department && item.state === 'APPROVED_ON_COMMITMENT'
          && item.commitment && item.commitment.passed == null;
      },
      inspectionPending() {
        const c = this.approvalCase;
        return !!c && c.jointAcceptance && c.status === 'OPEN'
          && !(c.jointInspection && c.jointInspection.date && c.jointInspection.date <= c.asOf);
      },
      conflict() {
        return this.problem && this.problem.status === 409;
      }
    },
    methods: {
      t,
      itemName: Portal.itemName,
      async loadLists() {
        if (!this.department) {
          return;
        }
        this.loading = true;
        try {
          const [queue, overdue, tickets] = await Promise.all([api.get('/api/approvals/queue', { department: this.department, size: 100 }),
            // Without department= the overdue list is the city-wide one, which a department may not read (403).
            api.get('/api/approvals/overdue', { department: this.department, size: 100 }),
            api.get('/api/issues/departments/' + encodeURIComponent(this.department) + '/tickets', { size: 50 })]);
          this.queue = queue.items;
          this.queueTotal = queue.total;
          this.overdue = overdue.items;
          this.tickets = tickets.items;
        } catch (problem) {
          this.loadProblem = problem;
        } finally {
          this.loading = false;
        }
      },
      async openCase(caseId, code) {
        this.caseBusy = true;
        this.done = null;
        this.problem = null;
        try {
          this.approvalCase = await api.get('/api/approvals/cases/' + encodeURIComponent(caseId));
        } catch (problem) {
          this.problem = problem;
          return;
        } finally {
          this.caseBusy = false;
        }
        const mine = this.approvalCase.items.filter(item => item.department === this.department);
        this.select(code || (mine.find(item => !item.decidedOn) || mine[0] || {}).code || null);
        Vue.nextTick(() => this.$refs.caseTitle && this.$refs.caseTitle.focus());
      },
      select(code) {
        this.code = code;
        this.chosen = null;
        // A draft per item: what was typed for one item never lands on another.
        this.draft = code ? Portal.draft('workbench.decision.' + this.approvalCase.caseId + '.' + code, {
          reasons: '', missingMaterials: '', cureDeadline: '', verificationObligation: '', verificationDeadline: '',
          extendedHours: false, passed: 'true', findings: '' }) : null;
        this.form = this.draft && this.draft.form;
      },
      async reloadCase() {
        const answer = await api.get('/api/approvals/cases/' + encodeURIComponent(this.approvalCase.caseId))
          .catch(problem => { this.problem = problem; });
        if (answer) {
          this.approvalCase = answer;
        }
      },
      async refresh() {
        this.problem = null;
        await this.reloadCase();
      },
      choose(decision) {
        this.done = null;
        this.problem = null;
        this.chosen = this.chosen === decision ? null : decision;
      },
      path(suffix) {
        return '/api/approvals/cases/' + encodeURIComponent(this.approvalCase.caseId) + '/items/'
          + encodeURIComponent(this.code) + '/' + suffix;
      },
      async decide() {
        const decision = this.chosen;
        const answer = await Portal.submit(this, () => api.post(this.path('decisions'),
          decisionBody(this.item, decision, this.form)));
        if (answer !== undefined) {
          this.finished(t('decision.' + decision));
        }
      },
      async verify() {
        const answer = await Portal.submit(this, () => api.post(this.path('verification'), {
          version: this.item.version, passed: this.form.passed === 'true', findings: this.form.findings.trim() }));
        if (answer !== undefined) {
          this.finished(t('workbench.verify'));
        }
      },
      async finished(action) {
        this.draft.clear();
        this.chosen = null;
        this.done = t('workbench.done', { action });
        await Promise.all([this.reloadCase(), this.loadLists()]);
      },
      close() {
        this.approvalCase = null;
        this.code = null;
        this.done = null;
        this.problem = null;
      }
    },
    mounted() {
      this.loadLists();
    },
    template: `
      <div class="workbench">
        <h2>{{ t('workbench.title') }}<template v-if="department"> · {{ t('dept.' + department) }}</template></h2>
        <p v-if="!department" class="problem" role="alert">{{ t('workbench.noDepartment') }}</p>
        <problem-alert :problem="loadProblem"></problem-alert>
        <template v-if="department">
          <section class="panel" data-section="queue">
            <h3>{{ t('workbench.queue') }} <span class="note">({{ queueTotal }})</span></h3>
            <p class="note">{{ t('workbench.queueNote') }} <busy-note :busy="loading"></busy-note></p>
            <workbench-items :entries="queue" :label="t('workbench.queue')" hook="queue" :empty="t('workbench.noItem')"
              @open="entry => openCase(entry.caseId, entry.item.code)"></workbench-items>
            <form class="filters lookup" @submit.prevent="lookup.caseId.trim() && openCase(lookup.caseId.trim())">
              <label>{{ t('workbench.lookup') }}
                <input v-model="lookup.caseId" name="caseId" maxlength="120" :placeholder="t('workbench.caseId')">
              </label>
              <button type="submit" :disabled="caseBusy" data-action="lookup">{{ t('workbench.openCase') }}</button>
            </form>
          </section>

          <busy-note :busy="caseBusy"></busy-note>
          <problem-alert v-if="!approvalCase" :problem="problem"></problem-alert>
          <section v-if="approvalCase" class="panel case" :data-case="approvalCase.caseId">
            <div class="heading-row">
              <h3 ref="caseTitle" tabindex="-1">{{ t('workbench.caseTitle') }}: {{ approvalCase.projectName }}
                · {{ t('approvalStage.' + approvalCase.stage) }}</h3>
              <button type="button" class="link" @click="close" data-action="close-case">{{ t('workbench.close') }}</button>
            </div>
            <dl class="facts">
              <dt>{{ t('workbench.caseId') }}</dt><dd>{{ approvalCase.caseId }} ({{ t('workbench.attempt', { attempt: approvalCase.attempt }) }})</dd>
              <dt>{{ t('workbench.applicant') }}</dt><dd>{{ approvalCase.applicantName || approvalCase.applicant }}</dd>
              <dt>{{ t('workbench.filedBy') }}</dt><dd>{{ approvalCase.filedBy }}<template v-if="approvalCase.agent">{{ t('workbench.agent') }}</template></dd>
              <dt>{{ t('workbench.openedOn') }}</dt><dd>{{ format.date(approvalCase.openedOn) }}</dd>
              <dt>{{ t('workbench.status') }}</dt><dd data-case-status>{{ t('stageStatus.' + approvalCase.status) }}</dd>
              <template v-if="approvalCase.jointAcceptance">
                <dt>{{ t('workbench.jointInspection') }}</dt>
                <dd>{{ approvalCase.jointInspection ? format.date(approvalCase.jointInspection.date) + ' · ' + approvalCase.jointInspection.place : t('workbench.notScheduled') }}</dd>
              </template>
            </dl>
            <h4>{{ t('workbench.form') }}</h4>
            <dl class="facts" data-case-form>
              <dt>{{ t('workbench.contactName') }}</dt><dd>{{ approvalCase.form.contactName }}</dd>
              <dt>{{ t('workbench.contactPhone') }}</dt><dd>{{ approvalCase.form.contactPhone }}</dd>
              <dt>{{ t('workbench.constructionContent') }}</dt><dd class="prewrap">{{ approvalCase.form.constructionContent }}</dd>
              <template v-if="approvalCase.form.siteAddress"><dt>{{ t('workbench.siteAddress') }}</dt><dd>{{ approvalCase.form.siteAddress }}</dd></template>
              <template v-if="approvalCase.form.attachments && approvalCase.form.attachments.length">
                <dt>{{ t('workbench.attachments') }}</dt>
                <dd><ul class="plain"><li v-for="link in approvalCase.form.attachments"><a :href="link" target="_blank" rel="noopener">{{ link }}</a></li></ul></dd>
              </template>
            </dl>
            <h4 id="case-items">{{ t('workbench.items') }}</h4>
            <div class="scroll">
              <table aria-labelledby="case-items">
                <thead><tr><th scope="col">{{ t('workbench.item') }}</th><th scope="col">{{ t('workbench.department') }}</th>
                  <th scope="col">{{ t('workbench.state') }}</th><th scope="col">{{ t('workbench.clock') }}</th>
                  <th scope="col"><span class="visually-hidden">{{ t('workbench.handle') }}</span></th></tr></thead>
                <tbody>
                  <tr v-for="one in approvalCase.items" :key="one.code" :data-item="one.code"
                    :class="{ selected: one.code === code }">
                    <td>{{ itemName(one) }}<item-terms :item="one"></item-terms></td>
                    <td>{{ one.departmentName }}<span v-if="one.department === department" class="tag mine">{{ t('workbench.mine') }}</span></td>
                    <td><item-state :state="one.state"></item-state></td>
                    <td><item-clock :item="one"></item-clock></td>
                    <td><button v-if="one.department === department && one.code !== code" type="button"
                      data-action="select-item" @click="select(one.code)">{{ t('workbench.selectItem') }}</button></td>
                  </tr>
                </tbody>
              </table>
            </div>

            <div v-if="item && item.department === department" class="acting" data-section="decide" :data-acting="item.code">
              <h4>{{ t('workbench.acting', { item: itemName(item) }) }} <item-state :state="item.state"></item-state></h4>
              <p v-if="done" class="done" role="status" data-done>{{ done }}</p>
              <p v-if="inspectionPending" class="note">{{ t('workbench.inspectionPending') }}</p>
              <p v-if="decisions.length === 0 && !verifiable" class="note">{{ t('workbench.noDecision') }}</p>
              <div class="choices">
                <button v-for="decision in decisions" type="button" :data-decision="decision" :disabled="busy"
                  :aria-expanded="String(chosen === decision)" :class="{ primary: chosen === decision }"
                  @click="choose(decision)">{{ t('decision.' + decision) }}</button>
              </div>
              <problem-alert :problem="problem"></problem-alert>
              <p v-if="conflict"><button type="button" @click="refresh" data-refresh>{{ t('workbench.refreshCase') }}</button></p>
              <form v-if="chosen" class="form" novalidate @submit.prevent="decide" data-form="decision" :data-chosen="chosen">
                <label v-if="chosen === 'RETURN_FOR_CORRECTION' || chosen === 'REJECT'">{{ t('workbench.reasons') }}
                  <textarea v-model="form.reasons" name="reasons" maxlength="2000" aria-describedby="e-reasons"></textarea>
                  <field-error :problem="problem" name="reasons" id="e-reasons"></field-error>
                </label>
                <template v-if="chosen === 'ACCEPT_WITH_DEFICIENCIES'">
                  <label>{{ t('workbench.missingMaterials') }}
                    <textarea v-model="form.missingMaterials" name="missingMaterials" aria-describedby="e-missingMaterials"></textarea>
                    <field-error :problem="problem" name="missingMaterials" id="e-missingMaterials"></field-error>
                  </label>
                  <label>{{ t('workbench.cureDeadline') }}
                    <input type="date" v-model="form.cureDeadline" name="cureDeadline" aria-describedby="e-cureDeadline">
                    <field-error :problem="problem" name="cureDeadline" id="e-cureDeadline"></field-error>
                  </label>
                </template>
                <template v-if="chosen === 'APPROVE_ON_COMMITMENT'">
                  <label>{{ t('workbench.verificationObligation') }}
                    <textarea v-model="form.verificationObligation" name="verificationObligation" maxlength="2000"
                      aria-describedby="e-verificationObligation"></textarea>
                    <field-error :problem="problem" name="verificationObligation" id="e-verificationObligation"></field-error>
                  </label>
                  <label>{{ t('workbench.verificationDeadline') }}
                    <input type="date" v-model="form.verificationDeadline" name="verificationDeadline"
                      aria-describedby="e-verificationDeadline">
                    <field-error :problem="problem" name="verificationDeadline" id="e-verificationDeadline"></field-error>
                  </label>
                </template>
                <label class="inline"><input type="checkbox" v-model="form.extendedHours" name="extendedHours">
                  {{ t('workbench.extendedHours') }}</label>
                <div class="actions">
                  <button type="submit" class="primary" :disabled="busy" data-submit="decision">{{ t('decision.' + chosen) }}</button>
                  <button type="button" @click="chosen = null">{{ t('cancel') }}</button>
                  <busy-note :busy="busy" :text="t('saving')"></busy-note>
                </div>
              </form>
              <form v-if="verifiable" class="form" novalidate @submit.prevent="verify" data-form="verification">
                <h5>{{ t('workbench.verify') }}</h5>
                <p class="note">{{ t('workbench.verifyIntro') }}</p>
                <fieldset class="score">
                  <legend>{{ t('workbench.verifyPassed') }}</legend>
                  <label><input type="radio" name="passed" value="true" v-model="form.passed" data-passed="true"> {{ t('workbench.passed') }}</label>
                  <label><input type="radio" name="passed" value="false" v-model="form.passed" data-passed="false"> {{ t('workbench.failed') }}</label>
                </fieldset>
                <label>{{ t('workbench.findings') }}
                  <textarea v-model="form.findings" name="findings" maxlength="2000" aria-describedby="e-findings"></textarea>
                  <field-error :problem="problem" name="findings" id="e-findings"></field-error>
                </label>
                <div class="actions">
                  <button type="submit" class="primary" :disabled="busy" data-submit="verification">{{ t('workbench.sendVerification') }}</button>
                  <busy-note :busy="busy" :text="t('saving')"></busy-note>
                </div>
              </form>
              <details v-if="item.steps && item.steps.length">
                <summary>{{ t('workbench.steps') }}</summary>
                <ol class="plain"><li v-for="step in item.steps">{{ format.time(step.at) }} · {{ step.by }} ·
                  {{ t('decision.' + step.action) }}<template v-if="step.note">: {{ step.note }}</template></li></ol>
              </details>
            </div>
          </section>

          <section class="panel" data-section="overdue">
            <h3>{{ t('workbench.overdue') }}</h3>
            <workbench-items :entries="overdue" :label="t('workbench.overdue')" hook="overdue" :empty="t('workbench.noOverdue')"
              @open="entry => openCase(entry.caseId, entry.item.code)"></workbench-items>
          </section>
          <section class="panel" data-section="tickets">
            <h3>{{ t('workbench.tickets') }}</h3>
            <ticket-table :tickets="tickets" :label="t('workbench.tickets')" hook="department-tickets"></ticket-table>
          </section>
        </template>
      </div>`
  }, ['DEPT_OFFICER']);
}());

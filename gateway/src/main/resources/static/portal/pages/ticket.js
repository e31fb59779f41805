// Problem tickets (问题办理, the five-step closed loop): the board by step with the overdue and supervision lists,
// reporting a problem, and one ticket with its timeline and the commands the caller's role allows at its step.
// Also the ticket words and the <ticket-steps> track that the workbench and enterprise pages reuse.
(function () {
  const { t, api } = Portal;
  const STEPS = ['REPORTED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'];
  const CATEGORIES = ['LAND', 'DEMOLITION', 'ROAD_ACCESS', 'UTILITIES', 'FINANCING', 'LABOUR', 'APPROVAL',
    'POLICY_QUESTION', 'OTHER'];
  const SEVERITIES = ['GENERAL', 'SERIOUS', 'URGENT'];
  const REPORTERS = ['ENTERPRISE', 'PROJECT_OFFICER', 'CITY_ADMIN'];
  // The timeline entries whose log note is the user's own words (the others' notes are internal codes).
  const NOTED = ['issue.ticket-reported', 'issue.ticket-information-requested', 'issue.ticket-information-provided',
    'issue.ticket-answered', 'issue.ticket-closed', 'issue.ticket-reopened'];

  Portal.words({
    zh: {
      'ticket.title': '问题办理', 'ticket.board': '办理看板', 'ticket.report': '反映问题', 'ticket.filters': '筛选',
      'ticket.filterStep': '环节', 'ticket.filterCategory': '问题类别', 'ticket.filterSupervised': '只看挂牌督办',
      'ticket.apply': '筛选', 'ticket.count': '{count} 件', 'ticket.noTicket': '暂无问题。',
      'ticket.overdue': '超期未答复', 'ticket.supervision': '挂牌督办清单', 'ticket.supervised': '挂牌督办',
      'ticket.name': '问题', 'ticket.project': '项目', 'ticket.category': '类别', 'ticket.severity': '紧急程度',
      'ticket.step': '环节', 'ticket.clock': '办理时限', 'ticket.department': '办理部门', 'ticket.handler': '经办人',
      'ticket.escalation': '督办层级', 'ticket.steps': '办理环节',
      'escalation.0': '未超期', 'escalation.1': '一级：部门负责人', 'escalation.2': '二级：分管市领导',
      'escalation.3': '三级：市级督办',
      'ticket.new': '反映问题', 'ticket.newIntro': '问题提交后由重点项目中心交办到责任部门，按限时办结要求答复。',
      'ticket.chooseProject': '请选择项目', 'ticket.noProjects': '您没有可以反映问题的项目。',
      'ticket.headline': '标题', 'ticket.description': '问题描述', 'ticket.attachments': '附件链接',
      'ticket.attachmentsHint': '每行一个链接；可在链接前写上名称，用空格隔开。',
      'ticket.send': '提交问题', 'ticket.sent': '问题已提交。',
      'ticket.facts': '基本情况', 'ticket.reporter': '反映人', 'ticket.reportedOn': '反映日期', 'ticket.source': '来源',
      'source.REPORTED': '反映', 'ticket.origin': '超期审批事项', 'source.APPROVAL_OVERDUE': '审批超期自动生成',
      'ticket.question': '待反映人答复的问题', 'ticket.answer': '办理答复', 'ticket.answeredOn': '答复于',
      'ticket.onTime': '按时', 'ticket.late': '超时', 'ticket.closure': '销号', 'ticket.satisfaction': '满意度',
      'ticket.unconfirmed': '反映人未在期限内确认，自动销号', 'ticket.reopened': '已重新办理 {count} 次',
      'ticket.timeline': '办理过程', 'ticket.actions': '办理', 'ticket.noAction': '当前环节您没有可办理的事项。',
      'ticket.refresh': '刷新问题', 'ticket.done': '已办理：{action}。',
      'action.assign': '交办', 'action.start': '开始办理', 'action.ask': '询问反映人', 'action.answer': '答复',
      'action.inform': '补充情况', 'action.confirm': '确认销号', 'action.reopen': '不满意，重新办理',
      'ticket.questionText': '要询问的问题', 'ticket.answerText': '办理情况', 'ticket.informationText': '补充的情况',
      'ticket.comment': '评价（选填）', 'ticket.reason': '重新办理的理由', 'ticket.score': '{score} 分',
      'event.issue.ticket-reported': '反映问题', 'event.issue.ticket-assigned': '交办',
      'event.issue.ticket-handling-started': '开始办理', 'event.issue.ticket-information-requested': '询问反映人',
      'event.issue.ticket-information-provided': '补充情况', 'event.issue.ticket-answered': '答复',
      'event.issue.ticket-closed': '销号', 'event.issue.ticket-reopened': '重新办理',
      'event.issue.ticket-escalated': '超时督办', 'event.issue.ticket-supervised': '挂牌督办',
      'field.projectId': '项目', 'field.category': '问题类别', 'field.severity': '紧急程度', 'field.title': '标题',
      'field.description': '问题描述', 'field.attachments': '附件链接', 'field.department': '办理部门',
      'field.handler': '经办人', 'field.question': '问题', 'field.answer': '办理情况', 'field.information': '补充的情况',
      'field.satisfaction': '满意度', 'field.comment': '评价', 'field.reason': '理由',
      'ticket.by': '{actor}（{role}）', 'ticket.limit': '限 {days} 个工作日', 'role.system': '平台', 'role.SYSTEM': '平台'
    },
    en: {
      'ticket.title': 'Problem tickets', 'ticket.board': 'Board', 'ticket.report': 'Report a problem',
      'ticket.filters': 'Filters', 'ticket.filterStep': 'Step', 'ticket.filterCategory': 'Category',
      'ticket.filterSupervised': 'Supervised only', 'ticket.apply': 'Filter', 'ticket.count': '{count}',
      'ticket.noTicket': 'No tickets.', 'ticket.overdue': 'Overdue, not answered',
      'ticket.supervision': 'Supervision list', 'ticket.supervised': 'Supervised',
      'ticket.name': 'Problem', 'ticket.project': 'Project', 'ticket.category': 'Category',
      'ticket.severity': 'Severity', 'ticket.step': 'Step', 'ticket.clock': 'Time limit',
      'ticket.department': 'Department', 'ticket.handler': 'Handler', 'ticket.escalation': 'Escalation',
      'ticket.steps': 'Steps',
      'escalation.0': 'Not overdue', 'escalation.1': 'Level 1: department head',
      'escalation.2': 'Level 2: responsible city leader', 'escalation.3': 'Level 3: city supervision',
      'ticket.new': 'Report a problem',
      'ticket.newIntro': 'The key-project centre hands the problem to the responsible department, which answers within the time limit.',
      'ticket.chooseProject': 'Choose a project', 'ticket.noProjects': 'You have no project to report a problem on.',
      'ticket.headline': 'Title', 'ticket.description': 'Description', 'ticket.attachments': 'Attachment links',
      'ticket.attachmentsHint': 'One link a line; a name may come before the link, separated by a space.',
      'ticket.send': 'Report', 'ticket.sent': 'The problem was reported.',
      'ticket.facts': 'Facts', 'ticket.reporter': 'Reported by', 'ticket.reportedOn': 'Reported on',
      'ticket.source': 'Source', 'ticket.origin': 'Overdue approval item', 'source.REPORTED': 'Reported', 'source.APPROVAL_OVERDUE': 'Opened for an overdue approval',
      'ticket.question': 'Question waiting for the reporter', 'ticket.answer': 'Answer',
      'ticket.answeredOn': 'answered on', 'ticket.onTime': 'on time', 'ticket.late': 'late', 'ticket.closure': 'Closure',
      'ticket.satisfaction': 'Satisfaction', 'ticket.unconfirmed': 'Not confirmed in time: closed automatically',
      'ticket.reopened': 'Reopened {count} times', 'ticket.timeline': 'Timeline', 'ticket.actions': 'Act on it',
      'ticket.noAction': 'There is nothing for you to do at this step.', 'ticket.refresh': 'Refresh the ticket',
      'ticket.done': 'Done: {action}.',
      'action.assign': 'Assign', 'action.start': 'Start handling', 'action.ask': 'Ask the reporter',
      'action.answer': 'Answer', 'action.inform': 'Give information', 'action.confirm': 'Confirm and close',
      'action.reopen': 'Not satisfied: reopen',
      'ticket.questionText': 'Question', 'ticket.answerText': 'What was done', 'ticket.informationText': 'Information',
      'ticket.comment': 'Comment (optional)', 'ticket.reason': 'Reason for reopening', 'ticket.score': '{score} of 5',
      'event.issue.ticket-reported': 'Reported', 'event.issue.ticket-assigned': 'Assigned',
      'event.issue.ticket-handling-started': 'Handling started',
      'event.issue.ticket-information-requested': 'Reporter asked',
      'event.issue.ticket-information-provided': 'Information given', 'event.issue.ticket-answered': 'Answered',
      'event.issue.ticket-closed': 'Closed', 'event.issue.ticket-reopened': 'Reopened',
      'event.issue.ticket-escalated': 'Escalated', 'event.issue.ticket-supervised': 'Supervised',
      'field.projectId': 'Project', 'field.category': 'Category', 'field.severity': 'Severity', 'field.title': 'Title',
      'field.description': 'Description', 'field.attachments': 'Attachment links', 'field.department': 'Department',
      'field.handler': 'Handler', 'field.question': 'Question', 'field.answer': 'What was done',
      'field.information': 'Information', 'field.satisfaction': 'Satisfaction', 'field.comment': 'Comment',
      'field.reason': 'Reason',
      'ticket.by': '{actor} ({role})', 'ticket.limit': 'limit {days} working days', 'role.system': 'Platform', 'role.SYSTEM': 'Platform'
    }
  });

  /** The five steps as a track, the ticket's step marked (for a screen reader: aria-current). */
  Portal.components['ticket-steps'] = {
    props: ['step'],
    data: () => ({ steps: STEPS }),
    methods: { t },
    computed: {
      reached() {
        return STEPS.indexOf(this.step);
      }
    },
    template: `
      <ol class="ticket-steps" :aria-label="t('ticket.steps')" :data-step="step">
        <li v-for="(code, index) in steps" :key="code"
          :class="{ done: index < reached, current: index === reached }"
          :aria-current="index === reached ? 'step' : null">{{ t('step.' + code) }}</li>
      </ol>`
  };

  /** A ticket's clock: its working-day clock while it waits for an answer, else when it was answered. */
  Portal.components['ticket-clock'] = {
    props: ['ticket'],
    methods: { t },
    template: `
      <span v-if="ticket.answer && (ticket.step === 'ANSWERED' || ticket.step === 'CLOSED')" class="note">
        {{ t('ticket.answeredOn') }} {{ format.date(ticket.answer.answeredOn) }}
        · {{ ticket.answer.onTime ? t('ticket.onTime') : t('ticket.late') }}</span>
      <working-clock v-else :due="ticket.clock.dueDate" :left="ticket.clock.remainingWorkingDays"
        :overdue="ticket.clock.workingDaysOverdue" :paused="ticket.clock.paused"></working-clock>`
  };

  /** A list of tickets as a table (the overdue and supervision lists, a department's or an enterprise's tickets). */
  Portal.components['ticket-table'] = {
    props: ['tickets', 'label', 'hook'],
    methods: { t },
    template: `
      <div class="scroll">
        <table :aria-label="label" :data-list="hook">
          <thead><tr><th scope="col">{{ t('ticket.name') }}</th><th scope="col">{{ t('ticket.project') }}</th>
            <th scope="col">{{ t('ticket.category') }}</th><th scope="col">{{ t('ticket.steps') }}</th>
            <th scope="col">{{ t('ticket.department') }}</th><th scope="col">{{ t('ticket.clock') }}</th></tr></thead>
          <tbody>
            <tr v-for="ticket in tickets" :key="ticket.ticketId" :data-ticket="ticket.ticketId">
              <td><a :href="'#/tickets/' + ticket.ticketId" data-ticket-link>{{ ticket.title }}</a>
                <span v-if="ticket.supervised" class="tag supervised">{{ t('ticket.supervised') }}</span></td>
              <td>{{ ticket.projectName }}</td>
              <td>{{ t('category.' + ticket.category) }} · {{ t('severity.' + ticket.severity) }}</td>
              <td><ticket-steps :step="ticket.step"></ticket-steps></td>
              <td>{{ ticket.assignment ? t('dept.' + ticket.assignment.department) : '—' }}</td>
              <td><ticket-clock :ticket="ticket"></ticket-clock></td>
            </tr>
            <tr v-if="tickets.length === 0"><td colspan="6">{{ t('ticket.noTicket') }}</td></tr>
          </tbody>
        </table>
      </div>`
  };

  // ---- the board ---------------------------------------------------------------------------------------------------

  Portal.page('tickets', '/tickets', {
    props: ['query'],
    data() {
      return { columns: [], overdue: [], supervision: [], busy: false, problem: null, steps: STEPS,
        categories: CATEGORIES, filter: { step: '', category: '', supervised: false } };
    },
    computed: {
      mayReport: () => Portal.hasRole(...REPORTERS),
      shown() {
        return this.columns.filter(column => !this.filter.step || column.step === this.filter.step);
      }
    },
    methods: {
      t,
      async load() {
        const filter = this.filter;
        const found = await Portal.submit(this, async () => {
          // The board answers the first tickets of each step; a step or the supervised filter needs the list.
          if (filter.step || filter.supervised) {
            const list = await api.get('/api/issues/tickets', { step: filter.step, category: filter.category,
              supervised: filter.supervised ? 'true' : '', size: 100 });
            return STEPS.map(step => {
              const tickets = list.items.filter(ticket => ticket.step === step);
              return { step, total: filter.step === step ? list.total : tickets.length, tickets };
            });
          }
          return (await api.get('/api/issues/board', { category: filter.category, limit: 20 })).columns;
        });
        if (found) {
          this.columns = found;
        }
      },
      async loadLists() {
        try {
          const [overdue, supervision] = await Promise.all([api.get('/api/issues/overdue', { size: 50 }),
            api.get('/api/issues/supervision', { size: 50 })]);
          this.overdue = overdue.items;
          this.supervision = supervision.items;
        } catch (problem) {
          this.problem = problem;
        }
      }
    },
    mounted() {
      this.load();
      this.loadLists();
    },
    template: `
      <div class="tickets">
        <div class="heading-row">
          <h2>{{ t('ticket.title') }}</h2>
          <a v-if="mayReport" href="#/tickets/new" class="button" data-report-link>{{ t('ticket.report') }}</a>
        </div>
        <problem-alert :problem="problem"></problem-alert>
        <section class="panel">
          <h3 id="board-title">{{ t('ticket.board') }}</h3>
          <form class="filters" :aria-label="t('ticket.filters')" @submit.prevent="load" data-board-filters>
            <label>{{ t('ticket.filterStep') }}
              <select v-model="filter.step" name="step">
                <option value="">{{ t('all') }}</option>
                <option v-for="step in steps" :value="step">{{ t('step.' + step) }}</option>
              </select>
            </label>
            <label>{{ t('ticket.filterCategory') }}
              <select v-model="filter.category" name="category">
                <option value="">{{ t('all') }}</option>
                <option v-for="code in categories" :value="code">{{ t('category.' + code) }}</option>
              </select>
            </label>
            <label class="check"><span><input type="checkbox" v-model="filter.supervised" name="supervised">
              {{ t('ticket.filterSupervised') }}</span></label>
            <button type="submit" :disabled="busy">{{ t('ticket.apply') }}</button>
            <busy-note :busy="busy"></busy-note>
          </form>
          <div class="board" aria-labelledby="board-title">
            <section v-for="column in shown" :key="column.step" class="column" :data-column="column.step">
              <h4>{{ t('step.' + column.step) }} <span class="count">{{ t('ticket.count', { count: column.total }) }}</span></h4>
              <ul>
                <li v-for="ticket in column.tickets" :key="ticket.ticketId" class="ticket-card" :data-ticket="ticket.ticketId">
                  <a :href="'#/tickets/' + ticket.ticketId" data-ticket-link>{{ ticket.title }}</a>
                  <span class="note">{{ ticket.projectName }}</span>
                  <span>{{ t('category.' + ticket.category) }} · {{ t('severity.' + ticket.severity) }}
                    <span v-if="ticket.supervised" class="tag supervised">{{ t('ticket.supervised') }}</span></span>
                  <ticket-clock :ticket="ticket"></ticket-clock>
                </li>
                <li v-if="column.tickets.length === 0" class="note">{{ t('none') }}</li>
              </ul>
            </section>
          </div>
        </section>
        <div class="columns even">
          <section class="panel" data-section="overdue">
            <h3>{{ t('ticket.overdue') }}</h3>
            <ticket-table :tickets="overdue" :label="t('ticket.overdue')" hook="overdue"></ticket-table>
          </section>
          <section class="panel" data-section="supervision">
            <h3>{{ t('ticket.supervision') }}</h3>
            <ticket-table :tickets="supervision" :label="t('ticket.supervision')" hook="supervision"></ticket-table>
          </section>
        </div>
      </div>`
  }, ['CITY_ADMIN', 'LEADER', 'DEPT_OFFICER', 'PROJECT_OFFICER', 'ENTERPRISE']);

  // ---- reporting a problem (registered before /tickets/:id so that "new" is no id) ------------------------------

  /** "name https://…" or just the link, one a line, as the API's attachments. */
  function attachments(text) {
    return text.split('\n').map(line => line.trim()).filter(Boolean).map(line => {
      const parts = line.split(/\s+/);
      const url = parts.pop();
      const name = parts.join(' ') || decodeURIComponent(url.split('/').pop() || url).slice(0, 200) || url;
      return { name, url };
    });
  }

  Portal.page('ticket-new', '/tickets/new', {
    props: ['query'],
    data() {
      const initial = { projectId: '', category: 'OTHER', severity: 'GENERAL', title: '', description: '',
        attachments: '' };
      const draft = Portal.draft('ticket.new', initial);
      if (this.query && this.query.projectId) {
        draft.form.projectId = this.query.projectId;
      }
      return { draft, form: draft.form, projects: null, busy: false, problem: null, loadProblem: null,
        categories: CATEGORIES, severities: SEVERITIES };
    },
    methods: {
      t,
      /** The projects the caller may report on: an enterprise its own, an officer its assigned ones, the centre any. */
      projectQuery() {
        const user = Portal.user();
        if (Portal.hasRole('CITY_ADMIN')) {
          return { size: 100, sort: 'NAME' };
        }
        if (Portal.hasRole('PROJECT_OFFICER')) {
          return { size: 100, sort: 'NAME', officer: user.id };
        }
        return { size: 100, sort: 'NAME', mine: 'true' };
      },
      async send() {
        const form = this.form;
        const created = await Portal.submit(this, () => api.post('/api/issues/tickets', {
          projectId: form.projectId, category: form.category, severity: form.severity, title: form.title.trim(),
          description: form.description.trim(), attachments: attachments(form.attachments)
        }));
        if (created) {
          this.draft.clear();
          Portal.go('/tickets/' + created.ticketId, { sent: '1' });
        }
      }
    },
    async mounted() {
      try {
        this.projects = (await api.get('/api/projects', this.projectQuery())).items;
      } catch (problem) {
        this.loadProblem = problem;
      }
    },
    template: `
      <section class="panel ticket-new">
        <h2>{{ t('ticket.new') }}</h2>
        <p class="note">{{ t('ticket.newIntro') }}</p>
        <problem-alert :problem="loadProblem"></problem-alert>
        <p v-if="projects && projects.length === 0">{{ t('ticket.noProjects') }}</p>
        <form v-else class="form" @submit.prevent="send" data-form="report" novalidate>
          <problem-alert :problem="problem"></problem-alert>
          <label>{{ t('ticket.project') }}
            <select v-model="form.projectId" name="projectId" required aria-describedby="e-projectId">
              <option value="" disabled>{{ projects ? t('ticket.chooseProject') : t('loading') }}</option>
              <option v-for="project in projects || []" :value="project.id">{{ project.name }}</option>
            </select>
            <field-error :problem="problem" name="projectId" id="e-projectId"></field-error>
          </label>
          <div class="row">
            <label>{{ t('ticket.category') }}
              <select v-model="form.category" name="category" aria-describedby="e-category">
                <option v-for="code in categories" :value="code">{{ t('category.' + code) }}</option>
              </select>
              <field-error :problem="problem" name="category" id="e-category"></field-error>
            </label>
            <label>{{ t('ticket.severity') }}
              <select v-model="form.severity" name="severity" aria-describedby="e-severity">
                <option v-for="code in severities" :value="code">{{ t('severity.' + code) }}</option>
              </select>
              <field-error :problem="problem" name="severity" id="e-severity"></field-error>
            </label>
          </div>
          <label>{{ t('ticket.headline') }}
            <input v-model="form.title" name="title" maxlength="200" required aria-describedby="e-title">
            <field-error :problem="problem" name="title" id="e-title"></field-error>
          </label>
          <label>{{ t('ticket.description') }}
            <textarea v-model="form.description" name="description" maxlength="4000" required
              aria-describedby="e-description"></textarea>
            <field-error :problem="problem" name="description" id="e-description"></field-error>
          </label>
          <label>{{ t('ticket.attachments') }}
            <textarea v-model="form.attachments" name="attachments" aria-describedby="h-attachments e-attachments"
              placeholder="https://"></textarea>
            <span class="note" id="h-attachments">{{ t('ticket.attachmentsHint') }}</span>
            <field-error :problem="problem" name="attachments" id="e-attachments"></field-error>
          </label>
          <div class="actions">
            <button type="submit" class="primary" :disabled="busy || !projects" data-submit="report">{{ t('ticket.send') }}</button>
            <a href="#/tickets">{{ t('cancel') }}</a>
            <busy-note :busy="busy" :text="t('saving')"></busy-note>
          </div>
        </form>
      </section>`
  }, REPORTERS);

  // ---- one ticket ----------------------------------------------------------------------------------------------------

  /** The actions the caller may take on the ticket at its step, as the API would allow them. */
  function actionsFor(ticket) {
    const user = Portal.user();
    const actions = [];
    const open = ticket.step === 'ASSIGNED' || ticket.step === 'IN_PROGRESS';
    if (Portal.hasRole('CITY_ADMIN') && (ticket.step === 'REPORTED' || open)) {
      actions.push('assign');
    }
    const handles = Portal.hasRole('DEPT_OFFICER') && ticket.assignment
      && ticket.assignment.department === user.department;
    if (handles && ticket.step === 'ASSIGNED') {
      actions.push('start');
    }
    if (handles && open && !ticket.pendingQuestion) {
      actions.push('ask');
    }
    if (handles && ticket.step === 'IN_PROGRESS' && !ticket.pendingQuestion) {
      actions.push('answer');
    }
    if (speaksForReporter(ticket, user)) {
      if (open && ticket.pendingQuestion) {
        actions.push('inform');
      }
      if (ticket.step === 'ANSWERED') {
        actions.push('confirm', 'reopen');
      }
    }
    return actions;
  }

  /**
   * The reporter's side as issue-service decides it: any account of a reporting enterprise, else the reporting user;
   * for an automatic ticket the project's owner and officer (who are the only enterprise and officer that can read it).
   */
  function speaksForReporter(ticket, user) {
    const reporter = ticket.reporter || {};
    if (reporter.userId === 'system' && reporter.role === 'SYSTEM') {
      return Portal.hasRole('ENTERPRISE', 'PROJECT_OFFICER');
    }
    if (reporter.role === 'ENTERPRISE') {
      return Portal.hasRole('ENTERPRISE');
    }
    return user.id === reporter.userId && user.roles.includes(reporter.role);
  }

  const COMMANDS = {
    assign: { path: 'assignment', body: form => ({ department: form.department, handler: form.handler.trim() }) },
    start: { path: 'handling', body: () => ({}) },
    ask: { path: 'information-requests', body: form => ({ question: form.question.trim() }) },
    answer: { path: 'answer', body: form => ({ answer: form.answer.trim() }) },
    inform: { path: 'information', body: form => ({ information: form.information.trim() }) },
    confirm: { path: 'confirmation', body: form => ({ satisfaction: Number(form.satisfaction) || null,
      comment: form.comment.trim() || null }) },
    reopen: { path: 'reopening', body: form => ({ reason: form.reason.trim() }) }
  };

  Portal.page('ticket', '/tickets/:id', {
    props: ['id', 'query'],
    data() {
      const draft = Portal.draft('ticket.act.' + this.id, { department: '', handler: '', question: '', answer: '',
        information: '', satisfaction: '5', comment: '', reason: '' });
      return { ticket: null, history: [], draft, form: draft.form, chosen: null, busy: false, problem: null,
        loadProblem: null, done: this.query && this.query.sent ? t('ticket.sent') : null, departments: [],
        NOTED };
    },
    computed: {
      actions() {
        return this.ticket ? actionsFor(this.ticket) : [];
      },
      /** The audit trail with each entry's note (question, answer, reason …) from the ticket's own log. */
      timeline() {
        const notes = {};
        (this.ticket ? this.ticket.activities : []).forEach(activity => {
          (notes[activity.action] = notes[activity.action] || []).push(activity.note);
        });
        const seen = {};
        return this.history.map(entry => {
          const action = entry.type.replace('issue.ticket-', '').replace(/-/g, '_').toUpperCase();
          const index = seen[action] = (seen[action] === undefined ? 0 : seen[action] + 1);
          return Object.assign({}, entry, { note: (notes[action] || [])[index] || null });
        });
      },
      stale() {
        return this.problem && this.problem.status === 409;
      }
    },
    methods: {
      t,
      async load() {
        try {
          const [ticket, history] = await Promise.all([api.get('/api/issues/tickets/' + encodeURIComponent(this.id)),
            api.get('/api/issues/tickets/' + encodeURIComponent(this.id) + '/history')]);
          this.ticket = ticket;
          this.history = history;
          if (!this.form.department && ticket.assignment) {
            this.form.department = ticket.assignment.department;
          }
          if (this.chosen && !this.actions.includes(this.chosen)) {
            this.chosen = null;
          }
        } catch (problem) {
          this.loadProblem = problem;
        }
      },
      choose(action) {
        this.done = null;
        this.problem = null;
        if (action === 'start') {
          this.run('start');
        } else {
          this.chosen = this.chosen === action ? null : action;
        }
      },
      async run(action) {
        const command = COMMANDS[action];
        const body = Object.assign({ version: this.ticket.version }, command.body(this.form));
        const answer = await Portal.submit(this, () => api.post('/api/issues/tickets/'
          + encodeURIComponent(this.id) + '/' + command.path, body));
        if (answer !== undefined) {
          this.draft.clear();
          this.chosen = null;
          this.done = t('ticket.done', { action: t('action.' + action) });
          await this.load();
        }
      },
      async refresh() {
        this.problem = null;
        await this.load();
      },
      who(actor) {
        return t('ticket.by', { actor: actor.id, role: t('role.' + actor.role) });
      }
    },
    async mounted() {
      this.load();
      if (Portal.hasRole('CITY_ADMIN')) {
        // The departments the service hands tickets to, as it lists them (its configuration is the only list).
        this.departments = (await api.get('/api/issues/departments').catch(() => []))
          .map(department => department.code);
      }
    },
    template: `
      <div class="ticket">
        <p><a href="#/tickets">{{ t('ticket.title') }}</a></p>
        <problem-alert :problem="loadProblem"></problem-alert>
        <p v-if="!ticket && !loadProblem" class="note" aria-live="polite">{{ t('loading') }}</p>
        <template v-if="ticket">
          <h2 :data-ticket="ticket.ticketId">{{ ticket.title }}
            <span v-if="ticket.supervised" class="tag supervised" data-supervised>{{ t('ticket.supervised') }}</span></h2>
          <ticket-steps :step="ticket.step"></ticket-steps>
          <p v-if="done" class="done" role="status" data-done>{{ done }}</p>
          <div class="columns">
            <section class="panel">
              <h3>{{ t('ticket.facts') }}</h3>
              <dl class="facts">
                <dt>{{ t('ticket.project') }}</dt>
                <dd><a :href="'#/projects/' + ticket.projectId">{{ ticket.projectName || ticket.projectId }}</a></dd>
                <dt>{{ t('ticket.category') }}</dt>
                <dd>{{ t('category.' + ticket.category) }} · {{ t('severity.' + ticket.severity) }}</dd>
                <dt>{{ t('ticket.step') }}</dt><dd data-ticket-step>{{ t('step.' + ticket.step) }}</dd>
                <dt>{{ t('ticket.clock') }}</dt>
                <dd data-ticket-clock><ticket-clock :ticket="ticket"></ticket-clock>
                  <span class="note"> · {{ t('ticket.limit', { days: ticket.clock.limitWorkingDays }) }}</span></dd>
                <dt>{{ t('ticket.escalation') }}</dt>
                <dd :data-escalation="ticket.escalationLevel">
                  {{ t('escalation.' + ticket.escalationLevel) }}</dd>
                <dt>{{ t('ticket.source') }}</dt><dd>{{ t('source.' + ticket.source) }}</dd>
                <template v-if="ticket.origin">
                  <dt>{{ t('ticket.origin') }}</dt>
                  <dd data-origin>{{ t('approvalStage.' + ticket.origin.stage) }} · {{ ticket.origin.itemName }}
                    · {{ t('clock.due') }} {{ format.date(ticket.origin.itemDueDate) }}<br>
                    <span class="note small">{{ ticket.origin.caseId }}</span></dd>
                </template>
                <dt>{{ t('ticket.reporter') }}</dt>
                <dd>{{ ticket.reporter.userId }} · {{ t('role.' + ticket.reporter.role) }}</dd>
                <dt>{{ t('ticket.reportedOn') }}</dt><dd>{{ format.date(ticket.reportedOn) }}</dd>
                <template v-if="ticket.assignment">
                  <dt>{{ t('ticket.department') }}</dt><dd data-ticket-department>{{ t('dept.' + ticket.assignment.department) }}</dd>
                  <dt>{{ t('ticket.handler') }}</dt><dd>{{ ticket.assignment.handler || '—' }}</dd>
                </template>
                <template v-if="ticket.reopenCount">
                  <dt></dt><dd>{{ t('ticket.reopened', { count: ticket.reopenCount }) }}</dd>
                </template>
              </dl>
              <p class="prewrap">{{ ticket.description }}</p>
              <ul v-if="ticket.attachments && ticket.attachments.length">
                <li v-for="file in ticket.attachments"><a :href="file.url" target="_blank" rel="noopener">{{ file.name }}</a></li>
              </ul>
              <div v-if="ticket.pendingQuestion" class="callout" data-pending-question>
                <h4>{{ t('ticket.question') }}</h4><p class="prewrap">{{ ticket.pendingQuestion }}</p>
              </div>
              <div v-if="ticket.answer" class="callout" data-answer>
                <h4>{{ t('ticket.answer') }}</h4>
                <p class="prewrap">{{ ticket.answer.text }}</p>
                <p class="note">{{ ticket.answer.answeredBy }} · {{ format.date(ticket.answer.answeredOn) }}
                  · {{ ticket.answer.onTime ? t('ticket.onTime') : t('ticket.late') }}</p>
              </div>
              <div v-if="ticket.closure" class="callout" data-closure>
                <h4>{{ t('ticket.closure') }}</h4>
                <p v-if="ticket.closure.confirmed">{{ t('ticket.satisfaction') }}:
                  {{ t('ticket.score', { score: ticket.closure.satisfaction }) }}</p>
                <p v-else>{{ t('ticket.unconfirmed') }}</p>
                <p v-if="ticket.closure.comment" class="prewrap">{{ ticket.closure.comment }}</p>
                <p class="note">{{ ticket.closure.closedBy }} · {{ format.date(ticket.closure.closedOn) }}</p>
              </div>
            </section>
            <section class="panel">
              <h3 id="timeline-title">{{ t('ticket.timeline') }}</h3>
              <ol class="ticket-timeline" aria-labelledby="timeline-title" data-timeline>
                <li v-for="entry in timeline" :key="entry.sequence" :data-event="entry.type">
                  <strong>{{ t('event.' + entry.type) }}</strong>
                  <span class="note">{{ who(entry.actor) }} · <time :datetime="entry.time">{{ format.time(entry.time) }}</time></span>
                  <span v-if="entry.data && entry.data.department && entry.type !== 'issue.ticket-reported'">
                    {{ t('dept.' + entry.data.department) }}<template v-if="entry.data.handler"> · {{ entry.data.handler }}</template></span>
                  <span v-if="entry.data && entry.data.satisfaction">{{ t('ticket.score', { score: entry.data.satisfaction }) }}</span>
                  <span v-if="entry.data && entry.data.level">{{ t('escalation.' + entry.data.level) }}</span>
                  <span v-if="entry.note && NOTED.includes(entry.type)" class="prewrap">{{ entry.note }}</span>
                </li>
              </ol>
            </section>
          </div>
          <section class="panel" data-section="actions">
            <h3>{{ t('ticket.actions') }}</h3>
            <p v-if="actions.length === 0" class="note">{{ t('ticket.noAction') }}</p>
            <div class="choices">
              <button v-for="action in actions" type="button" :data-action="action" :disabled="busy"
                :aria-expanded="action === 'start' ? null : String(chosen === action)"
                :class="{ primary: action === chosen }" @click="choose(action)">{{ t('action.' + action) }}</button>
            </div>
            <problem-alert :problem="problem"></problem-alert>
            <p v-if="stale"><button type="button" @click="refresh" data-refresh>{{ t('ticket.refresh') }}</button></p>
            <form v-if="chosen" class="form" novalidate @submit.prevent="run(chosen)" :data-form="chosen">
              <template v-if="chosen === 'assign'">
                <label>{{ t('ticket.department') }}
                  <select v-model="form.department" name="department" aria-describedby="e-department">
                    <option value="" disabled>—</option>
                    <option v-for="code in departments" :value="code">{{ t('dept.' + code) }}</option>
                  </select>
                  <field-error :problem="problem" name="department" id="e-department"></field-error>
                </label>
                <label>{{ t('ticket.handler') }}
                  <input v-model="form.handler" name="handler" maxlength="100" aria-describedby="e-handler">
                  <field-error :problem="problem" name="handler" id="e-handler"></field-error>
                </label>
              </template>
              <label v-if="chosen === 'ask'">{{ t('ticket.questionText') }}
                <textarea v-model="form.question" name="question" maxlength="2000" aria-describedby="e-question"></textarea>
                <field-error :problem="problem" name="question" id="e-question"></field-error>
              </label>
              <label v-if="chosen === 'answer'">{{ t('ticket.answerText') }}
                <textarea v-model="form.answer" name="answer" maxlength="4000" aria-describedby="e-answer"></textarea>
                <field-error :problem="problem" name="answer" id="e-answer"></field-error>
              </label>
              <label v-if="chosen === 'inform'">{{ t('ticket.informationText') }}
                <textarea v-model="form.information" name="information" maxlength="4000" aria-describedby="e-information"></textarea>
                <field-error :problem="problem" name="information" id="e-information"></field-error>
              </label>
              <template v-if="chosen === 'confirm'">
                <fieldset class="score" aria-describedby="e-satisfaction">
                  <legend>{{ t('ticket.satisfaction') }}</legend>
                  <label v-for="score in [1, 2, 3, 4, 5]"><input type="radio" name="satisfaction" :value="String(score)"
                    v-model="form.satisfaction" :data-score="score"> {{ score }}</label>
                  <field-error :problem="problem" name="satisfaction" id="e-satisfaction"></field-error>
                </fieldset>
                <label>{{ t('ticket.comment') }}
                  <textarea v-model="form.comment" name="comment" maxlength="2000" aria-describedby="e-comment"></textarea>
                  <field-error :problem="problem" name="comment" id="e-comment"></field-error>
                </label>
              </template>
              <label v-if="chosen === 'reopen'">{{ t('ticket.reason') }}
                <textarea v-model="form.reason" name="reason" maxlength="2000" aria-describedby="e-reason"></textarea>
                <field-error :problem="problem" name="reason" id="e-reason"></field-error>
              </label>
              <div class="actions">
                <button type="submit" class="primary" :disabled="busy" :data-submit="chosen">{{ t('action.' + chosen) }}</button>
                <button type="button" @click="chosen = null">{{ t('cancel') }}</button>
                <busy-note :busy="busy" :text="t('saving')"></busy-note>
              </div>
            </form>
            <busy-note v-else :busy="busy" :text="t('saving')"></busy-note>
          </section>
        </template>
      </div>`
  }, ['CITY_ADMIN', 'LEADER', 'DEPT_OFFICER', 'PROJECT_OFFICER', 'ENTERPRISE']);
}());

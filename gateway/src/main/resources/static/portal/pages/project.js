// A project's page: its overview as the caller may see it, a small map, milestones planned against actual, the
// investment curve, approvals by stage with every item's working-day clock, problem tickets, related policies, the
// audit trail, and for staff its traffic light and ranking. Open to anyone: which sections are loaded is decided
// from the signed-in user's role and the project's own answer (internal view, officer, owner), so that no request
// is made that the services would refuse (a refused request is a console error in the browser).
(function () {
  const { t, format, api } = Portal;
  const STAFF = ['CITY_ADMIN', 'LEADER', 'DEPT_OFFICER', 'PROJECT_OFFICER'];
  const PLANNED = '#94a3b8';
  const COMPLETED = '#8f1d1d';

  Portal.words({
    zh: {
      'project.loading': '正在加载项目……', 'project.tabs': '项目信息',
      'project.tab.overview': '概况', 'project.tab.milestones': '关键节点', 'project.tab.investment': '投资完成',
      'project.tab.approvals': '审批进度', 'project.tab.tickets': '问题诉求', 'project.tab.policies': '惠企政策',
      'project.tab.history': '变更记录',
      'project.publicView': '您看到的是公开信息。', 'project.back': '返回项目名录',
      'project.facts': '基本情况', 'project.summary': '项目简介', 'project.owner': '项目单位',
      'project.ownerCreditCode': '统一社会信用代码', 'project.projectCode': '项目代码', 'project.localCode': '（本地代码）',
      'project.district': '县区', 'project.sector': '行业', 'project.level': '级别', 'project.stage': '类别',
      'project.industryChain': '产业链', 'project.address': '地址', 'project.totalInvestment': '总投资（亿元）',
      'project.landArea': '用地（亩）', 'project.floorArea': '建筑面积（平方米）', 'project.buildings': '建筑物（幢）',
      'project.plannedStart': '计划开工', 'project.plannedCompletion': '计划竣工', 'project.registeredAt': '入库时间',
      'project.phases': '分期', 'project.hiddenFields': '不公开的字段', 'project.suspendedFrom': '暂停前类别',
      'project.completedStages': '已办结审批阶段', 'project.responsibility': '责任分工',
      'project.leader': '责任领导', 'project.department': '责任部门', 'project.officer': '项目专员',
      'project.serviceUnits': '服务单位', 'project.map': '项目位置', 'project.noLocation': '项目未公开位置。',
      'project.lightAndRank': '亮灯与排名', 'project.light': '亮灯', 'project.tier': '服务分类',
      'project.notInReport': '未参与本年度亮灯和排名。', 'project.rank': '排名 {rank} / {of}', 'project.score': '得分 {score}',
      'project.notScored': '未计分（没有适用的打分项）',
      'project.milestones': '关键时间节点', 'project.noMilestones': '尚未制定节点计划。',
      'project.planned': '计划', 'project.actual': '实际', 'project.asOfDay': '截至 {date}',
      'project.daysLate': '晚 {days} 天', 'project.kind.START': '开工', 'project.kind.TOPPING_OUT': '主体封顶',
      'project.kind.COMPLETION': '竣工', 'project.kind.PRODUCTION': '投产',
      'project.status.PLANNED': '未到期', 'project.status.MISSED': '逾期未达成',
      'project.status.REACHED_ON_TIME': '按期达成', 'project.status.REACHED_LATE': '逾期达成',
      'project.investment': '投资完成情况', 'project.year': '年度', 'project.thisYear': '今年（{year}）',
      'project.lastYear': '去年（{year}）', 'project.annualPlan': '年度计划（亿元）',
      'project.completedThisYear': '本年完成（亿元）', 'project.share': '完成年度计划',
      'project.cumulative': '累计完成（亿元）', 'project.progress': '形象进度', 'project.progressMonth': '（{month}）',
      'project.noPlan': '本年度没有计划投资。', 'project.month': '月份', 'project.plannedWan': '计划（万元）',
      'project.completedWan': '完成（万元）', 'project.reportStatus': '月报', 'project.dueDate': '填报期限',
      'project.curve': '投资完成曲线（万元）', 'project.monthPlanned': '当月计划', 'project.monthCompleted': '当月完成',
      'project.toDatePlanned': '累计计划', 'project.toDateCompleted': '累计完成', 'project.axisMonth': '当月',
      'project.axisToDate': '累计',
      'project.curveSummary': '{year}年计划 {plan} 万元，累计完成 {completed} 万元。各月：{list}。',
      'project.curveItem': '{month}月 计划{planned} 完成{completed}',
      'project.report.ON_TIME': '按时', 'project.report.LATE': '逾期填报', 'project.report.MISSING': '未填报',
      'project.report.NOT_YET_DUE': '未到期', 'project.report.NOT_BEGUN': '未开始',
      'project.approvals': '审批进度（按阶段）', 'project.caseAttempt': '第 {attempt} 次申请',
      'project.openedOn': '申请日期', 'project.closedOn': '办结日期', 'project.filedBy': '申请人', 'project.agent': '（代办）',
      'project.item': '事项', 'project.itemDepartment': '部门', 'project.itemState': '状态', 'project.clock': '办理时限',
      'project.decided': '{date} 办结，用时 {days} 个工作日', 'project.onTime': '按时', 'project.late': '超时',
      'project.result.APPROVED': '准予许可', 'project.result.APPROVED_ON_COMMITMENT': '告知承诺准予',
      'project.result.REJECTED': '不予许可', 'project.result.REVOKED': '撤销',
      'project.tickets': '问题诉求', 'project.noTickets': '暂无问题。', 'project.ticketTitle': '问题',
      'project.category': '类别', 'project.severity': '紧急程度', 'project.step': '办理环节', 'project.handler': '承办部门',
      'project.reportedOn': '反映日期', 'project.total': '共 {count} 件',
      'project.policies': '相关惠企政策', 'project.noPolicies': '暂无适用的政策。', 'project.issuer': '发文单位',
      'project.validity': '有效期 {from} 至 {until}', 'project.policyLink': '政策原文',
      'project.history': '变更记录（最新在前）', 'project.noHistory': '暂无记录。', 'project.when': '时间',
      'project.what': '事件', 'project.who': '操作人', 'project.details': '内容', 'project.requestId': '请求编号',
      'project.wanUnit': '万元', 'project.changed': '修改了：{fields}', 'project.stageChange': '{from} → {to}', 'project.event.system': '系统',
      'project.event.project.registered': '项目入库', 'project.event.project.updated': '修改项目信息',
      'project.event.project.responsibility-assigned': '明确责任分工', 'project.event.project.stage-changed': '变更项目类别',
      'project.event.project.annual-plan-set': '下达年度计划', 'project.event.project.investment-reported': '填报月度投资',
      'project.event.project.promotion-plan-drawn-up': '制定推进计划', 'project.event.project.task-added': '新增推进任务',
      'project.event.project.task-completed': '完成推进任务', 'project.event.project.task-owner-assigned': '明确任务责任人',
      'project.event.project.task-overdue': '推进任务超期', 'project.event.project.milestone-planned': '计划节点',
      'project.event.project.milestone-replanned': '调整节点', 'project.event.project.milestone-removed': '删除节点',
      'project.event.project.milestone-reached': '节点达成', 'project.event.project.milestone-actual-date-corrected': '更正节点实际日期',
      'project.event.project.milestone-missed': '节点逾期'
    },
    en: {
      'project.loading': 'Loading the project…', 'project.tabs': 'Project sections',
      'project.tab.overview': 'Overview', 'project.tab.milestones': 'Milestones', 'project.tab.investment': 'Investment',
      'project.tab.approvals': 'Approvals', 'project.tab.tickets': 'Problems', 'project.tab.policies': 'Policies',
      'project.tab.history': 'History',
      'project.publicView': 'You see the public information.', 'project.back': 'Back to the project list',
      'project.facts': 'Facts', 'project.summary': 'Summary', 'project.owner': 'Owner',
      'project.ownerCreditCode': 'Credit code', 'project.projectCode': 'Project code', 'project.localCode': ' (local code)',
      'project.district': 'District', 'project.sector': 'Sector', 'project.level': 'Level', 'project.stage': 'Stage',
      'project.industryChain': 'Industry chain', 'project.address': 'Address',
      'project.totalInvestment': 'Total investment (100 M yuan)', 'project.landArea': 'Land (mu)',
      'project.floorArea': 'Floor area (m²)', 'project.buildings': 'Buildings', 'project.plannedStart': 'Planned start',
      'project.plannedCompletion': 'Planned completion', 'project.registeredAt': 'Registered',
      'project.phases': 'Phases', 'project.hiddenFields': 'Fields not published', 'project.suspendedFrom': 'Suspended from',
      'project.completedStages': 'Approval stages completed', 'project.responsibility': 'Responsibility',
      'project.leader': 'Responsible leader', 'project.department': 'Responsible department', 'project.officer': 'Project officer',
      'project.serviceUnits': 'Service units', 'project.map': 'Location', 'project.noLocation': 'The location is not published.',
      'project.lightAndRank': 'Light and ranking', 'project.light': 'Light', 'project.tier': 'Service tier',
      'project.notInReport': 'Not in this year\'s lights and rankings.', 'project.rank': 'Rank {rank} of {of}',
      'project.score': 'Score {score}', 'project.notScored': 'Not scored (no criterion applies)',
      'project.milestones': 'Milestones', 'project.noMilestones': 'No milestones planned yet.',
      'project.planned': 'Planned', 'project.actual': 'Actual', 'project.asOfDay': 'as of {date}',
      'project.daysLate': '{days} days late', 'project.kind.START': 'Start', 'project.kind.TOPPING_OUT': 'Topping out',
      'project.kind.COMPLETION': 'Completion', 'project.kind.PRODUCTION': 'Production',
      'project.status.PLANNED': 'Not yet due', 'project.status.MISSED': 'Missed',
      'project.status.REACHED_ON_TIME': 'Reached on time', 'project.status.REACHED_LATE': 'Reached late',
      'project.investment': 'Investment', 'project.year': 'Year', 'project.thisYear': 'This year ({year})',
      'project.lastYear': 'Last year ({year})', 'project.annualPlan': 'Annual plan (100 M yuan)',
      'project.completedThisYear': 'Completed this year (100 M yuan)', 'project.share': 'Of the plan',
      'project.cumulative': 'Completed in all (100 M yuan)', 'project.progress': 'Physical progress',
      'project.progressMonth': ' ({month})', 'project.noPlan': 'No plan for this year.', 'project.month': 'Month',
      'project.plannedWan': 'Planned (10 000 yuan)', 'project.completedWan': 'Completed (10 000 yuan)',
      'project.reportStatus': 'Report', 'project.dueDate': 'Due',
      'project.curve': 'Investment curve (10 000 yuan)', 'project.monthPlanned': 'Planned', 'project.monthCompleted': 'Completed',
      'project.toDatePlanned': 'Planned to date', 'project.toDateCompleted': 'Completed to date',
      'project.axisMonth': 'Month', 'project.axisToDate': 'To date',
      'project.curveSummary': '{year}: plan {plan}, completed {completed} (10 000 yuan). By month: {list}.',
      'project.curveItem': 'month {month} planned {planned} completed {completed}',
      'project.report.ON_TIME': 'On time', 'project.report.LATE': 'Late', 'project.report.MISSING': 'Missing',
      'project.report.NOT_YET_DUE': 'Not yet due', 'project.report.NOT_BEGUN': 'Not begun',
      'project.approvals': 'Approvals by stage', 'project.caseAttempt': 'Application {attempt}',
      'project.openedOn': 'Applied', 'project.closedOn': 'Closed', 'project.filedBy': 'Filed by', 'project.agent': ' (agent)',
      'project.item': 'Item', 'project.itemDepartment': 'Department', 'project.itemState': 'State', 'project.clock': 'Clock',
      'project.decided': 'decided {date} in {days} working days', 'project.onTime': 'on time', 'project.late': 'late',
      'project.result.APPROVED': 'Approved', 'project.result.APPROVED_ON_COMMITMENT': 'Approved on commitment',
      'project.result.REJECTED': 'Rejected', 'project.result.REVOKED': 'Revoked',
      'project.tickets': 'Problem tickets', 'project.noTickets': 'No tickets.', 'project.ticketTitle': 'Problem',
      'project.category': 'Category', 'project.severity': 'Severity', 'project.step': 'Step', 'project.handler': 'Department',
      'project.reportedOn': 'Reported', 'project.total': '{count} in all',
      'project.policies': 'Policies that fit', 'project.noPolicies': 'No policy fits the project now.',
      'project.issuer': 'Issuer', 'project.validity': 'valid {from} to {until}', 'project.policyLink': 'Full text',
      'project.history': 'History (newest first)', 'project.noHistory': 'Nothing recorded.', 'project.when': 'When',
      'project.what': 'What', 'project.who': 'Who', 'project.details': 'Details', 'project.requestId': 'Request',
      'project.wanUnit': '× 10 000 yuan', 'project.changed': 'changed: {fields}', 'project.stageChange': '{from} → {to}', 'project.event.system': 'system',
      'project.event.project.registered': 'Registered', 'project.event.project.updated': 'Details corrected',
      'project.event.project.responsibility-assigned': 'Responsibility assigned',
      'project.event.project.stage-changed': 'Stage changed', 'project.event.project.annual-plan-set': 'Annual plan set',
      'project.event.project.investment-reported': 'Monthly investment reported',
      'project.event.project.promotion-plan-drawn-up': 'Promotion plan drawn up',
      'project.event.project.task-added': 'Task added', 'project.event.project.task-completed': 'Task completed',
      'project.event.project.task-owner-assigned': 'Task owner named', 'project.event.project.task-overdue': 'Task overdue',
      'project.event.project.milestone-planned': 'Milestone planned', 'project.event.project.milestone-replanned': 'Milestone replanned',
      'project.event.project.milestone-removed': 'Milestone removed', 'project.event.project.milestone-reached': 'Milestone reached',
      'project.event.project.milestone-actual-date-corrected': 'Milestone date corrected',
      'project.event.project.milestone-missed': 'Milestone missed'
    }
  });

  function wan(yuan) {
    return Math.round(Number(yuan || 0) / 100) / 100;
  }

  /** Calls an endpoint and keeps its answer or its problem on the component, under one name. */
  async function read(vm, name, url, query) {
    vm.busy[name] = true;
    vm.problems[name] = null;
    try {
      vm[name] = await api.get(url, query);
    } catch (problem) {
      vm.problems[name] = problem;
    } finally {
      vm.busy[name] = false;
    }
  }

  Portal.page('project', '/projects/:id', {
    props: ['id', 'query'],
    data() {
      return {
        project: null, milestones: null, investment: null, progress: null, tickets: null, policies: null,
        history: null, light: null, ranking: null, notInReport: false, investmentYear: null,
        busy: { project: true, milestones: false, investment: false, progress: false, tickets: false, policies: false,
          history: false, light: false, ranking: false },
        problems: { project: null, milestones: null, investment: null, progress: null, tickets: null, policies: null,
          history: null, light: null, ranking: null },
        tab: (this.query && this.query.tab) || 'overview'
      };
    },
    computed: {
      user: () => Portal.user(),
      staff: () => Portal.hasRole(...STAFF),
      // The project's own officer and owner enterprise, from the project as the registry shows it to this caller.
      isOfficer() {
        const r = this.project && this.project.responsibility;
        return Portal.hasRole('PROJECT_OFFICER') && !!r && !!this.user && r.officer === this.user.id;
      },
      isOwner() {
        return Portal.hasRole('ENTERPRISE') && !!this.project && !!this.project.ownerCreditCode
          && !!this.user && this.project.ownerCreditCode === this.user.creditCode;
      },
      // What this caller may read: the services' access rules (docs/services/*.md), mirrored here.
      may() {
        const leads = Portal.hasRole('CITY_ADMIN', 'LEADER');
        return {
          investment: this.staff || this.isOwner,
          approvals: leads || Portal.hasRole('DEPT_OFFICER') || this.isOfficer || this.isOwner,
          tickets: leads || this.isOfficer || this.isOwner
            || (Portal.hasRole('DEPT_OFFICER') && !!this.user && !!this.user.department),
          history: leads || this.isOfficer,
          // A cancelled project is in neither report (the per-project reads would be 404).
          report: this.staff && !!this.project && this.project.stage !== 'CANCELLED'
        };
      },
      tabs() {
        return ['overview', 'milestones', 'investment', 'approvals', 'tickets', 'policies', 'history']
          .filter(tab => !['investment', 'approvals', 'tickets', 'history'].includes(tab) || this.may[tab]);
      },
      thisYear() {
        return Number(((this.milestones && this.milestones.asOf) || new Date().toISOString()).slice(0, 4));
      },
      curveOption() {
        const months = this.investment && this.investment.months;
        if (!months) {
          return null;
        }
        let planned = 0;
        let completed = 0;
        const toDate = months.map(m => {
          planned += Number(m.planned || 0);
          completed += Number(m.completedInvestment || 0);
          return { planned, completed, reported: m.completedInvestment != null };
        });
        const lastReported = months.map(m => m.completedInvestment != null).lastIndexOf(true);
        return {
          color: [PLANNED, COMPLETED, '#475569', '#b45309'],
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 8, right: 8, bottom: 8, top: 56, containLabel: true },
          xAxis: { type: 'category', data: months.map(m => Number(m.month.slice(5, 7)) + (Portal.state.lang === 'zh' ? '月' : '')) },
          yAxis: [{ type: 'value', name: t('project.axisMonth') },
            { type: 'value', name: t('project.axisToDate'), splitLine: { show: false } }],
          series: [
            { name: t('project.monthPlanned'), type: 'bar', data: months.map(m => wan(m.planned)) },
            { name: t('project.monthCompleted'), type: 'bar',
              data: months.map(m => m.completedInvestment == null ? null : wan(m.completedInvestment)) },
            { name: t('project.toDatePlanned'), type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' },
              data: toDate.map(point => wan(point.planned)) },
            { name: t('project.toDateCompleted'), type: 'line', yAxisIndex: 1,
              data: toDate.map((point, index) => index <= lastReported ? wan(point.completed) : null) }
          ]
        };
      },
      curveSummary() {
        const i = this.investment;
        if (!i) {
          return t('project.curve');
        }
        return t('project.curve') + '. ' + t('project.curveSummary', {
          year: i.year, plan: format.wan(i.annualPlan && i.annualPlan.annualAmount),
          completed: format.wan(i.completedThisYear),
          list: i.months.map(m => t('project.curveItem', { month: Number(m.month.slice(5, 7)),
            planned: format.wan(m.planned), completed: format.wan(m.completedInvestment) })).join('; ')
        });
      },
      historyNewestFirst() {
        return (this.history || []).slice().reverse();
      }
    },
    methods: {
      t,
      scorePart: part => Portal.scorePart(part),
      scoreFigures: part => Portal.scoreFigures(part),
      explanation: light => Portal.lightExplanation(light),
      departmentName(code, fallback) {
        const name = Portal.departmentName(code);
        return name === code && fallback ? fallback : name;
      },
      kindName(milestone) {
        return milestone.kind === 'CUSTOM' ? milestone.name : t('project.kind.' + milestone.kind);
      },
      itemName(item) {
        return Portal.state.lang === 'en' && item.nameEn ? item.nameEn : item.name;
      },
      itemDepartment(item) {
        return Portal.state.lang === 'zh' && item.departmentName ? item.departmentName
          : this.departmentName(item.department, item.departmentName);
      },
      eventName(type) {
        const key = 'project.event.' + type;
        return t(key) === key ? type : t(key);
      },
      actor(entry) {
        if (!entry.actor || entry.actor.id === 'system') {
          return t('project.event.system');
        }
        return entry.actor.id + (entry.actor.role ? ' · ' + t('role.' + entry.actor.role) : '');
      },
      /** The gist of an event's data, for the audit trail. */
      eventDetails(entry) {
        const d = entry.data || {};
        switch (entry.type) {
          case 'project.updated':
            return t('project.changed', { fields: (d.changed || []).join(', ') });
          case 'project.stage-changed':
            return t('project.stageChange', { from: t('stage.' + d.from), to: t('stage.' + d.to) })
              + (d.reason ? ' · ' + d.reason : '');
          case 'project.responsibility-assigned':
            return [d.leader, d.department, d.officer].filter(Boolean).join(' · ');
          case 'project.annual-plan-set':
            return d.year + ' · ' + format.wan(d.annualAmount) + ' ' + t('project.wanUnit');
          case 'project.investment-reported':
            return d.month + ' · ' + format.wan(d.completedInvestment) + ' ' + t('project.wanUnit') + ' · '
              + d.physicalProgress + '%';
          default:
            if (d.taskId || d.milestoneId) {
              return [d.title || (d.kind === 'CUSTOM' ? d.name : d.kind && t('project.kind.' + d.kind)),
                d.dueDate || d.plannedDate, d.actualDate || d.completedOn].filter(Boolean).join(' · ');
            }
            return '';
        }
      },
      async loadInvestment(year) {
        this.investmentYear = year;
        await read(this, 'investment', '/api/projects/' + encodeURIComponent(this.id) + '/investment', { year });
      },
      /** The report's light, then (only when the project is in the report) its ranking. */
      async loadReport() {
        const id = encodeURIComponent(this.id);
        this.busy.light = true;
        try {
          this.light = (await api.get('/api/reports/lights/projects/' + id)).project;
          await read(this, 'ranking', '/api/reports/rankings/projects/' + id);
        } catch (problem) {
          if (problem.status === 404) {
            this.notInReport = true;
          } else {
            this.problems.light = problem;
          }
        } finally {
          this.busy.light = false;
        }
      },
      async load() {
        const id = encodeURIComponent(this.id);
        this.busy.project = true;
        this.problems.project = null;
        try {
          this.project = await api.get('/api/projects/' + id);
        } catch (problem) {
          this.problems.project = problem;
          return;
        } finally {
          this.busy.project = false;
        }
        if (!this.tabs.includes(this.tab)) {
          this.tab = 'overview';
        }
        const calls = [read(this, 'milestones', '/api/projects/' + id + '/milestones'),
          read(this, 'policies', '/api/projects/' + id + '/policies', { size: 100 })];
        if (this.may.investment) {
          calls.push(this.loadInvestment(null));
        }
        if (this.may.approvals) {
          calls.push(read(this, 'progress', '/api/approvals/projects/' + id + '/progress'));
        }
        if (this.may.tickets) {
          calls.push(read(this, 'tickets', '/api/issues/projects/' + id + '/tickets', { size: 100 }));
        }
        if (this.may.history) {
          calls.push(read(this, 'history', '/api/projects/' + id + '/history'));
        }
        if (this.may.report) {
          calls.push(this.loadReport());
        }
        await Promise.all(calls);
      },
      select(tab) {
        this.tab = tab;
      },
      /** Arrow keys move between the tabs, as the tab pattern expects. */
      step(event, by) {
        const index = (this.tabs.indexOf(this.tab) + by + this.tabs.length) % this.tabs.length;
        this.tab = this.tabs[index];
        Vue.nextTick(() => document.getElementById('project-tab-' + this.tab).focus());
        event.preventDefault();
      }
    },
    mounted() {
      this.load();
    },
    template: `
      <div class="project-page" :data-project="id">
        <p class="note"><a href="#/">{{ t('project.back') }}</a></p>
        <problem-alert :problem="problems.project"></problem-alert>
        <busy-note :busy="busy.project" :text="t('project.loading')"></busy-note>
        <template v-if="project">
          <div class="project-head">
            <h2 data-project-name>{{ project.name }}</h2>
            <stage-tag :stage="project.stage"></stage-tag>
            <light-tag v-if="light" :light="light.light"></light-tag>
          </div>
          <p v-if="project.visibility === 'public'" class="note" data-visibility="public">{{ t('project.publicView') }}</p>

          <div class="tabs" role="tablist" :aria-label="t('project.tabs')">
            <button v-for="name in tabs" :key="name" type="button" role="tab" :id="'project-tab-' + name"
              :aria-selected="tab === name" :tabindex="tab === name ? 0 : -1" aria-controls="project-panel"
              :data-tab="name" @click="select(name)" @keydown.right="step($event, 1)" @keydown.left="step($event, -1)">
              {{ t('project.tab.' + name) }}</button>
          </div>

          <div id="project-panel" role="tabpanel" :aria-labelledby="'project-tab-' + tab" tabindex="0" :data-panel="tab">
            <!-- Overview -->
            <div v-if="tab === 'overview'" class="project-overview">
              <section class="panel">
                <h3>{{ t('project.facts') }}</h3>
                <p v-if="project.summary">{{ project.summary }}</p>
                <dl class="facts" data-facts>
                  <template v-if="project.ownerName"><dt>{{ t('project.owner') }}</dt><dd>{{ project.ownerName }}</dd></template>
                  <template v-if="project.ownerCreditCode"><dt>{{ t('project.ownerCreditCode') }}</dt><dd>{{ project.ownerCreditCode }}</dd></template>
                  <template v-if="project.projectCode"><dt>{{ t('project.projectCode') }}</dt><dd data-field="projectCode">{{ project.projectCode }}<template v-if="project.localProjectCode">{{ t('project.localCode') }}</template></dd></template>
                  <dt>{{ t('project.district') }}</dt><dd>{{ districtName(project.district) }}</dd>
                  <dt>{{ t('project.sector') }}</dt><dd>{{ t('sector.' + project.sector) }}</dd>
                  <dt>{{ t('project.level') }}</dt><dd>{{ t('level.' + project.level) }}</dd>
                  <template v-if="project.industryChain"><dt>{{ t('project.industryChain') }}</dt><dd>{{ project.industryChain }}</dd></template>
                  <template v-if="project.address"><dt>{{ t('project.address') }}</dt><dd>{{ project.address }}</dd></template>
                  <template v-if="project.totalInvestment != null"><dt>{{ t('project.totalInvestment') }}</dt><dd data-field="totalInvestment">{{ format.yi(project.totalInvestment) }}</dd></template>
                  <template v-if="project.landAreaMu != null"><dt>{{ t('project.landArea') }}</dt><dd>{{ project.landAreaMu }}</dd></template>
                  <template v-if="project.floorAreaSqm != null"><dt>{{ t('project.floorArea') }}</dt><dd>{{ project.floorAreaSqm }}</dd></template>
                  <template v-if="project.buildings != null"><dt>{{ t('project.buildings') }}</dt><dd>{{ project.buildings }}</dd></template>
                  <template v-if="project.plannedStart"><dt>{{ t('project.plannedStart') }}</dt><dd>{{ format.date(project.plannedStart) }}</dd></template>
                  <template v-if="project.plannedCompletion"><dt>{{ t('project.plannedCompletion') }}</dt><dd>{{ format.date(project.plannedCompletion) }}</dd></template>
                  <dt>{{ t('project.registeredAt') }}</dt><dd>{{ format.date(project.registeredAt) }}</dd>
                  <template v-if="project.phases && project.phases.length"><dt>{{ t('project.phases') }}</dt>
                    <dd><ul class="plain"><li v-for="phase in project.phases">{{ phase.name }}<template v-if="phase.summary">：{{ phase.summary }}</template></li></ul></dd></template>
                  <template v-if="project.suspendedFrom"><dt>{{ t('project.suspendedFrom') }}</dt><dd>{{ t('stage.' + project.suspendedFrom) }}</dd></template>
                  <template v-if="project.completedApprovalStages && project.completedApprovalStages.length"><dt>{{ t('project.completedStages') }}</dt>
                    <dd>{{ project.completedApprovalStages.map(stage => t('approvalStage.' + stage)).join('、') }}</dd></template>
                  <template v-if="project.hiddenFields && project.hiddenFields.length"><dt>{{ t('project.hiddenFields') }}</dt><dd>{{ project.hiddenFields.join(', ') }}</dd></template>
                </dl>
                <template v-if="project.responsibility">
                  <h4>{{ t('project.responsibility') }}</h4>
                  <dl class="facts" data-responsibility>
                    <template v-if="project.responsibility.leader"><dt>{{ t('project.leader') }}</dt><dd>{{ project.responsibility.leader }}</dd></template>
                    <template v-if="project.responsibility.department"><dt>{{ t('project.department') }}</dt><dd>{{ project.responsibility.department }}</dd></template>
                    <dt>{{ t('project.officer') }}</dt><dd>{{ project.responsibility.officer }}</dd>
                    <template v-if="project.responsibility.serviceUnits && project.responsibility.serviceUnits.length"><dt>{{ t('project.serviceUnits') }}</dt><dd>{{ project.responsibility.serviceUnits.join('、') }}</dd></template>
                  </dl>
                </template>
              </section>
              <section v-if="may.report" class="panel" data-section="report">
                <h3>{{ t('project.lightAndRank') }}</h3>
                <problem-alert :problem="problems.light || problems.ranking"></problem-alert>
                <busy-note :busy="busy.light"></busy-note>
                <p v-if="notInReport" class="note" data-not-ranked>{{ t('project.notInReport') }}</p>
                <dl v-if="light" class="facts" data-light-facts>
                  <dt>{{ t('project.light') }}</dt>
                  <dd><light-tag :light="light.light"></light-tag> {{ t('dashboard.lightRule.' + light.rule) }}<template v-if="explanation(light)"> · {{ explanation(light) }}</template></dd>
                  <dt>{{ t('project.tier') }}</dt><dd>{{ t('dashboard.tier.' + light.tier) }}</dd>
                </dl>
                <template v-if="ranking && ranking.project">
                  <p data-rank>
                    <strong v-if="ranking.project.rank != null">{{ t('project.rank', { rank: ranking.project.rank, of: ranking.rankedProjects }) }} · {{ t('project.score', { score: ranking.project.score.toFixed(2) }) }}</strong>
                    <span v-else>{{ t('project.notScored') }}</span>
                  </p>
                  <dl class="facts" data-score-parts>
                    <template v-for="part in ranking.project.breakdown" :key="part.criterion">
                      <dt>{{ t('dashboard.criterion.' + part.criterion) }} {{ t('dashboard.weight', { weight: part.weight }) }}</dt>
                      <dd>{{ scorePart(part) }}<span class="note" v-if="scoreFigures(part)"> · {{ scoreFigures(part) }}</span></dd>
                    </template>
                  </dl>
                </template>
              </section>
              <section class="panel">
                <h3>{{ t('project.map') }}</h3>
                <project-map v-if="project.location" :projects="[project]" height="16rem" :zoom="12"></project-map>
                <p v-else class="note">{{ t('project.noLocation') }}</p>
              </section>
            </div>

            <!-- Milestones -->
            <section v-else-if="tab === 'milestones'" class="panel" data-section="milestones">
              <h3>{{ t('project.milestones') }} <span class="note" v-if="milestones">{{ t('project.asOfDay', { date: milestones.asOf }) }}</span></h3>
              <problem-alert :problem="problems.milestones"></problem-alert>
              <busy-note :busy="busy.milestones"></busy-note>
              <p v-if="milestones && milestones.milestones.length === 0">{{ t('project.noMilestones') }}</p>
              <ol v-if="milestones && milestones.milestones.length" class="project-timeline">
                <li v-for="m in milestones.milestones" :key="m.milestoneId" :class="m.status.toLowerCase()"
                  :data-milestone="m.milestoneId" :data-status="m.status">
                  <span class="dot" aria-hidden="true"></span>
                  <div>
                    <strong>{{ kindName(m) }}</strong>
                    <span class="tag status">{{ t('project.status.' + m.status) }}<template v-if="m.daysLate"> · {{ t('project.daysLate', { days: m.daysLate }) }}</template></span>
                    <div class="dates">
                      <span>{{ t('project.planned') }} {{ format.date(m.plannedDate) }}</span>
                      <span>{{ t('project.actual') }} {{ format.date(m.actualDate) }}</span>
                    </div>
                  </div>
                </li>
              </ol>
            </section>

            <!-- Investment -->
            <section v-else-if="tab === 'investment'" class="panel" data-section="investment">
              <div class="project-subhead">
                <h3>{{ t('project.investment') }}</h3>
                <span role="group" :aria-label="t('project.year')" class="project-years">
                  <button type="button" :aria-pressed="!investmentYear || investmentYear === thisYear" data-year="this"
                    @click="loadInvestment(thisYear)">{{ t('project.thisYear', { year: thisYear }) }}</button>
                  <button type="button" :aria-pressed="investmentYear === thisYear - 1" data-year="last"
                    @click="loadInvestment(thisYear - 1)">{{ t('project.lastYear', { year: thisYear - 1 }) }}</button>
                </span>
              </div>
              <problem-alert :problem="problems.investment"></problem-alert>
              <busy-note :busy="busy.investment"></busy-note>
              <template v-if="investment">
                <div class="figures">
                  <div class="figure" data-figure="plan"><span class="value">{{ investment.annualPlan ? format.yi(investment.annualPlan.annualAmount) : '—' }}</span><span class="label">{{ t('project.annualPlan') }}</span></div>
                  <div class="figure" data-figure="completed"><span class="value">{{ format.yi(investment.completedThisYear) }}</span><span class="label">{{ t('project.completedThisYear') }}</span></div>
                  <div class="figure" data-figure="share"><span class="value">{{ investment.shareOfPlanPercent == null ? '—' : investment.shareOfPlanPercent + '%' }}</span><span class="label">{{ t('project.share') }}</span></div>
                  <div class="figure" data-figure="cumulative"><span class="value">{{ format.yi(investment.cumulativeCompleted) }}</span><span class="label">{{ t('project.cumulative') }}</span></div>
                  <div class="figure" data-figure="progress"><span class="value">{{ investment.latestPhysicalProgress == null ? '—' : investment.latestPhysicalProgress + '%' }}</span><span class="label">{{ t('project.progress') }}<template v-if="investment.latestProgressMonth">{{ t('project.progressMonth', { month: investment.latestProgressMonth }) }}</template></span></div>
                </div>
                <p v-if="!investment.annualPlan" class="note">{{ t('project.noPlan') }}</p>
                <h4>{{ t('project.curve') }}</h4>
                <e-chart :option="curveOption" :label="curveSummary" height="18rem"></e-chart>
                <div class="scroll">
                  <table data-months>
                    <thead><tr><th scope="col">{{ t('project.month') }}</th><th scope="col" class="number">{{ t('project.plannedWan') }}</th>
                      <th scope="col" class="number">{{ t('project.completedWan') }}</th><th scope="col" class="number">{{ t('project.progress') }}</th>
                      <th scope="col">{{ t('project.reportStatus') }}</th><th scope="col">{{ t('project.dueDate') }}</th></tr></thead>
                    <tbody>
                      <tr v-for="m in investment.months" :key="m.month" :data-month="m.month">
                        <td>{{ m.month }}</td><td class="number">{{ format.wan(m.planned) }}</td>
                        <td class="number">{{ format.wan(m.completedInvestment) }}</td>
                        <td class="number">{{ m.physicalProgress == null ? '—' : m.physicalProgress + '%' }}</td>
                        <td :class="'report ' + (m.status || '').toLowerCase()">{{ m.status ? t('project.report.' + m.status) : '—' }}</td>
                        <td>{{ format.date(m.dueDate) }}</td>
                      </tr>
                    </tbody>
                  </table>
                </div>
              </template>
            </section>

            <!-- Approvals -->
            <section v-else-if="tab === 'approvals'" class="panel" data-section="approvals">
              <h3>{{ t('project.approvals') }} <span class="note" v-if="progress">{{ t('project.asOfDay', { date: progress.asOf }) }}</span></h3>
              <problem-alert :problem="problems.progress"></problem-alert>
              <busy-note :busy="busy.progress"></busy-note>
              <ol v-if="progress" class="approval-stages">
                <li v-for="stage in progress.stages" :key="stage.stage" :data-approval-stage="stage.stage" :data-status="stage.status">
                  <h4>{{ t('approvalStage.' + stage.stage) }} <span class="tag" :class="'stage-status ' + stage.status.toLowerCase()">{{ t('stageStatus.' + stage.status) }}</span></h4>
                  <div v-for="c in stage.cases" :key="c.caseId" class="approval-case" :data-case="c.caseId">
                    <p class="note">
                      {{ t('project.caseAttempt', { attempt: c.attempt }) }} · {{ t('project.openedOn') }} {{ format.date(c.openedOn) }}
                      <template v-if="c.closedOn"> · {{ t('project.closedOn') }} {{ format.date(c.closedOn) }}</template>
                      <template v-if="c.result"> · {{ t('project.result.' + c.result) }}</template>
                      · {{ t('project.filedBy') }} {{ c.filedBy }}<template v-if="c.agent">{{ t('project.agent') }}</template>
                    </p>
                    <div class="scroll">
                      <table>
                        <thead><tr><th scope="col">{{ t('project.item') }}</th><th scope="col">{{ t('project.itemDepartment') }}</th>
                          <th scope="col">{{ t('project.itemState') }}</th><th scope="col">{{ t('project.clock') }}</th></tr></thead>
                        <tbody>
                          <tr v-for="item in c.items" :key="item.code" :data-item="item.code" :data-state="item.state">
                            <td>{{ itemName(item) }}</td>
                            <td>{{ itemDepartment(item) }}</td>
                            <td>{{ t('itemState.' + item.state) }}</td>
                            <td>
                              <template v-if="item.decidedOn">{{ t('project.decided', { date: format.date(item.decidedOn), days: item.elapsedWorkingDays }) }}
                                <span :class="item.onTime ? 'on-time' : 'late'">· {{ item.onTime ? t('project.onTime') : t('project.late') }}</span></template>
                              <working-clock v-else :due="item.dueDate" :left="item.remainingWorkingDays"
                                :overdue="item.workingDaysOverdue" :paused="item.clockStopped"></working-clock>
                            </td>
                          </tr>
                        </tbody>
                      </table>
                    </div>
                  </div>
                </li>
              </ol>
            </section>

            <!-- Tickets -->
            <section v-else-if="tab === 'tickets'" class="panel" data-section="tickets">
              <h3>{{ t('project.tickets') }} <span class="note" v-if="tickets">{{ t('project.total', { count: tickets.total }) }}</span></h3>
              <problem-alert :problem="problems.tickets"></problem-alert>
              <busy-note :busy="busy.tickets"></busy-note>
              <div v-if="tickets" class="scroll">
                <table>
                  <thead><tr><th scope="col">{{ t('project.ticketTitle') }}</th><th scope="col">{{ t('project.category') }}</th>
                    <th scope="col">{{ t('project.severity') }}</th><th scope="col">{{ t('project.step') }}</th>
                    <th scope="col">{{ t('project.handler') }}</th><th scope="col">{{ t('project.reportedOn') }}</th>
                    <th scope="col">{{ t('project.clock') }}</th></tr></thead>
                  <tbody>
                    <tr v-for="ticket in tickets.items" :key="ticket.ticketId" :data-ticket="ticket.ticketId">
                      <td><a :href="'#/tickets/' + ticket.ticketId" data-ticket-link>{{ ticket.title }}</a></td>
                      <td>{{ t('category.' + ticket.category) }}</td>
                      <td>{{ t('severity.' + ticket.severity) }}</td>
                      <td>{{ t('step.' + ticket.step) }}</td>
                      <td>{{ ticket.assignment ? departmentName(ticket.assignment.department) : '—' }}</td>
                      <td>{{ format.date(ticket.reportedOn) }}</td>
                      <td><working-clock v-if="ticket.clock && ticket.step !== 'CLOSED' && ticket.step !== 'ANSWERED'" :due="ticket.clock.dueDate"
                        :left="ticket.clock.remainingWorkingDays" :overdue="ticket.clock.workingDaysOverdue"
                        :paused="ticket.clock.paused"></working-clock><template v-else>—</template></td>
                    </tr>
                    <tr v-if="tickets.items.length === 0"><td colspan="7">{{ t('project.noTickets') }}</td></tr>
                  </tbody>
                </table>
              </div>
            </section>

            <!-- Policies -->
            <section v-else-if="tab === 'policies'" class="panel" data-section="policies">
              <h3>{{ t('project.policies') }}</h3>
              <problem-alert :problem="problems.policies"></problem-alert>
              <busy-note :busy="busy.policies"></busy-note>
              <p v-if="policies && policies.items.length === 0">{{ t('project.noPolicies') }}</p>
              <ul v-if="policies" class="project-policies">
                <li v-for="policy in policies.items" :key="policy.id" :data-policy="policy.id">
                  <h4>{{ policy.title }}</h4>
                  <p class="note">{{ t('project.issuer') }}：{{ policy.issuer }}<template v-if="policy.validFrom || policy.validUntil"> · {{ t('project.validity', { from: format.date(policy.validFrom), until: format.date(policy.validUntil) }) }}</template></p>
                  <p>{{ policy.summary }}</p>
                  <p v-if="policy.link"><a :href="policy.link" target="_blank" rel="noopener noreferrer">{{ t('project.policyLink') }}</a></p>
                </li>
              </ul>
            </section>

            <!-- History -->
            <section v-else-if="tab === 'history'" class="panel" data-section="history">
              <h3>{{ t('project.history') }}</h3>
              <problem-alert :problem="problems.history"></problem-alert>
              <busy-note :busy="busy.history"></busy-note>
              <div v-if="history" class="scroll">
                <table>
                  <thead><tr><th scope="col">{{ t('project.when') }}</th><th scope="col">{{ t('project.what') }}</th>
                    <th scope="col">{{ t('project.who') }}</th><th scope="col">{{ t('project.details') }}</th></tr></thead>
                  <tbody>
                    <tr v-for="(entry, index) in historyNewestFirst" :key="index" :data-event="entry.type">
                      <td class="nowrap">{{ format.time(entry.time) }}</td>
                      <td>{{ eventName(entry.type) }}</td>
                      <td>{{ actor(entry) }}</td>
                      <td>{{ eventDetails(entry) }}<span v-if="entry.requestId" class="note request"> · {{ t('project.requestId') }} {{ entry.requestId.slice(0, 8) }}</span></td>
                    </tr>
                    <tr v-if="history.length === 0"><td colspan="4">{{ t('project.noHistory') }}</td></tr>
                  </tbody>
                </table>
              </div>
            </section>
          </div>
        </template>
      </div>`
  });
}());

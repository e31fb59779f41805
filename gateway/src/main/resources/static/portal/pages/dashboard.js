// The leadership dashboard (领导驾驶舱): the city's figures for this year or the last, investment against plan by
// month, district and sector, the stage funnel, the red and yellow lists, the rankings with their score parts and the
// monthly bulletins. A wall-screen mode (大屏, `?screen=wall`) uses the whole width with large type and refreshes
// every minute. Only for the centre and city leaders, who may call every report it reads.
(function () {
  const { t, format, api } = Portal;
  const FUNNEL = ['RESERVE', 'PREPARATION', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_PRODUCTION'];
  const SECTORS = ['INDUSTRIAL', 'URBAN_CONSTRUCTION', 'LIVELIHOOD', 'OTHER'];
  const RANKINGS = ['projects', 'districts', 'departments', 'officers'];
  const CRITERIA = ['INVESTMENT', 'MILESTONES', 'APPROVALS', 'PROBLEMS'];
  const REFRESH_MS = 60000;
  const PLANNED = '#94a3b8';
  const COMPLETED = '#8f1d1d';

  // Light rules, score criteria, their reasons and the departments are also used by the project page.
  Portal.words({
    zh: {
      'dashboard.title': '领导驾驶舱', 'dashboard.year': '年度', 'dashboard.thisYear': '今年（{year}）',
      'dashboard.lastYear': '去年（{year}）', 'dashboard.asOf': '数据截至 {date}', 'dashboard.refresh': '刷新',
      'dashboard.wall': '大屏模式', 'dashboard.leaveWall': '退出大屏', 'dashboard.autoRefresh': '每 60 秒自动刷新',
      'dashboard.refreshed': '已更新：{time}',
      'dashboard.figures': '总体情况', 'dashboard.projects': '重点项目（个）',
      'dashboard.totalInvestment': '总投资（亿元）', 'dashboard.annualPlan': '年度计划投资（亿元）',
      'dashboard.completed': '完成投资（亿元）', 'dashboard.completedShare': '完成年度计划',
      'dashboard.newStarts': '新开工（个）', 'dashboard.newStartsInvestment': '新开工总投资 {amount} 亿元',
      'dashboard.completedProjects': '竣工（个）', 'dashboard.inProduction': '投产（个）',
      'dashboard.overHundredMillion': '亿元以上（个）', 'dashboard.yearOnYear': '完成投资同比',
      'dashboard.yearOnYearNote': '{year}年同期 {amount} 亿元', 'dashboard.noYearOnYear': '无同期数据',
      'dashboard.lightCounts': '红黄绿灯（个）',
      'dashboard.months': '月度投资完成情况（亿元）', 'dashboard.planned': '计划', 'dashboard.done': '完成',
      'dashboard.plannedToDate': '累计计划', 'dashboard.monthly': '当月', 'dashboard.cumulative': '累计', 'dashboard.completedToDate': '累计完成', 'dashboard.month': '{month}月',
      'dashboard.monthsSummary': '{year}年1至{month}月累计计划 {planned} 亿元、累计完成 {completed} 亿元。各月计划与完成：{list}。',
      'dashboard.monthItem': '{month}月 计划{planned} 完成{completed}',
      'dashboard.byDistrict': '按县区（亿元）', 'dashboard.bySector': '按行业（亿元）',
      'dashboard.breakdownItem': '{name}：{projects}个项目，计划{plan}，完成{completed}',
      'dashboard.funnel': '项目推进漏斗', 'dashboard.funnelItem': '{stage} {count}个',
      'dashboard.suspended': '另有暂停项目 {count} 个。',
      'dashboard.lists': '红黄灯项目', 'dashboard.redList': '红灯项目（{count}）', 'dashboard.yellowList': '黄灯项目（{count}）',
      'dashboard.project': '项目', 'dashboard.district': '县区', 'dashboard.officer': '项目专员', 'dashboard.rule': '亮灯规则',
      'dashboard.explanation': '说明', 'dashboard.noLight': '没有{light}项目。',
      'dashboard.behind': '落后 {points} 个百分点（截至{month}：计划 {planned} 亿元，完成 {completed} 亿元）',
      'dashboard.ahead': '超前 {points} 个百分点',
      'dashboard.monthsLate': '计划{start}开工，已逾期 {months} 个月未开工',
      'dashboard.rankings': '打分排名', 'dashboard.of.projects': '项目', 'dashboard.of.districts': '县区',
      'dashboard.of.departments': '部门', 'dashboard.of.officers': '项目专员',
      'dashboard.rank': '名次', 'dashboard.name': '名称', 'dashboard.score': '得分', 'dashboard.projectCount': '项目数',
      'dashboard.parts': '得分构成', 'dashboard.notScored': '未计分', 'dashboard.na': '不适用',
      'dashboard.naBecause': '不适用（{reason}）', 'dashboard.comma': '，', 'dashboard.weight': '（权重 {weight}）',
      'dashboard.columnsNote': '各项为加权得分，合计即总分；点击 ▸ 查看各项原始分和数据。',
      'dashboard.partCell': '{value}分 → {points}', 'dashboard.weights': '权重：{list}（不适用的项目不计，其权重由其他项分摊）',
      'dashboard.showParts': '{name}的得分构成', 'dashboard.noRanking': '暂无排名。',
      'dashboard.bulletins': '月度通报', 'dashboard.bulletinMonth': '通报月份',
      'dashboard.xlsx': '下载 Excel', 'dashboard.html': '下载打印版（HTML）', 'dashboard.downloading': '正在下载……',
      'dashboard.downloaded': '已下载 {month} 的通报。', 'dashboard.noEndedMonth': '本年度还没有结束的月份。',
      'dashboard.criterion.INVESTMENT': '投资完成率', 'dashboard.criterion.MILESTONES': '节点按期率',
      'dashboard.criterion.APPROVALS': '按时办结率', 'dashboard.criterion.PROBLEMS': '问题解决率',
      'dashboard.reason.no-plan-to-date': '截至目前无计划投资', 'dashboard.reason.no-milestones-due': '无到期节点',
      'dashboard.reason.no-final-decisions': '本年无办结事项', 'dashboard.reason.no-tickets': '无问题',
      'dashboard.reason.not-applicable-to-any-project': '所有项目均不适用',
      'dashboard.figure.monthsDue': '到期月数', 'dashboard.figure.plannedToDate': '累计计划（亿元）',
      'dashboard.figure.completedToDate': '累计完成（亿元）', 'dashboard.figure.due': '到期节点',
      'dashboard.figure.reachedOnTime': '按期达成', 'dashboard.figure.reachedLate': '逾期达成',
      'dashboard.figure.missed': '未达成', 'dashboard.figure.decisions': '办结事项', 'dashboard.figure.onTime': '按时办结',
      'dashboard.figure.tickets': '问题', 'dashboard.figure.solved': '已销号', 'dashboard.figure.overdue': '超期',
      'dashboard.figure.penalty': '扣分', 'dashboard.figure.scoredProjects': '计分项目',
      'dashboard.figure.applicableProjects': '适用项目',
      'dashboard.lightRule.behind-planned-pace': '落后序时进度', 'dashboard.lightRule.on-pace': '符合序时进度',
      'dashboard.lightRule.no-plan': '本年无计划', 'dashboard.lightRule.nothing-due-yet': '尚无到期月报',
      'dashboard.lightRule.not-started-in-planned-month': '未按计划月份开工', 'dashboard.lightRule.completed': '已竣工或投产',
      'dashboard.tier.ON_TRACK': '常规服务', 'dashboard.tier.PRE_STAGE': '前期项目精准指导',
      'dashboard.tier.COMPLETED': '定期回访', 'dashboard.tier.LAGGING': '专题研究',
    },
    en: {
      'dashboard.title': 'Leadership dashboard', 'dashboard.year': 'Year', 'dashboard.thisYear': 'This year ({year})',
      'dashboard.lastYear': 'Last year ({year})', 'dashboard.asOf': 'Figures as of {date}', 'dashboard.refresh': 'Refresh',
      'dashboard.wall': 'Wall screen', 'dashboard.leaveWall': 'Leave wall screen',
      'dashboard.autoRefresh': 'Refreshes every 60 s', 'dashboard.refreshed': 'Updated {time}',
      'dashboard.figures': 'At a glance', 'dashboard.projects': 'Key projects',
      'dashboard.totalInvestment': 'Total investment (100 M yuan)', 'dashboard.annualPlan': 'Annual plan (100 M yuan)',
      'dashboard.completed': 'Completed (100 M yuan)', 'dashboard.completedShare': 'Of the annual plan completed',
      'dashboard.newStarts': 'New starts', 'dashboard.newStartsInvestment': 'total investment {amount} (100 M yuan)',
      'dashboard.completedProjects': 'Completed', 'dashboard.inProduction': 'In production',
      'dashboard.overHundredMillion': 'Over 100 M yuan', 'dashboard.yearOnYear': 'Completed, year on year',
      'dashboard.yearOnYearNote': 'same months of {year}: {amount} (100 M yuan)', 'dashboard.noYearOnYear': 'no figures to compare',
      'dashboard.lightCounts': 'Red, yellow and green lights',
      'dashboard.months': 'Investment by month (100 M yuan)', 'dashboard.planned': 'Planned', 'dashboard.done': 'Completed',
      'dashboard.plannedToDate': 'Planned to date', 'dashboard.monthly': 'Month', 'dashboard.cumulative': 'To date', 'dashboard.completedToDate': 'Completed to date',
      'dashboard.month': 'M{month}',
      'dashboard.monthsSummary': '{year}, January to month {month}: planned {planned}, completed {completed} (100 M yuan). By month: {list}.',
      'dashboard.monthItem': 'month {month} planned {planned} completed {completed}',
      'dashboard.byDistrict': 'By district (100 M yuan)', 'dashboard.bySector': 'By sector (100 M yuan)',
      'dashboard.breakdownItem': '{name}: {projects} projects, planned {plan}, completed {completed}',
      'dashboard.funnel': 'Projects by stage', 'dashboard.funnelItem': '{stage} {count}',
      'dashboard.suspended': '{count} more suspended.',
      'dashboard.lists': 'Red and yellow lights', 'dashboard.redList': 'Red ({count})', 'dashboard.yellowList': 'Yellow ({count})',
      'dashboard.project': 'Project', 'dashboard.district': 'District', 'dashboard.officer': 'Officer',
      'dashboard.rule': 'Rule', 'dashboard.explanation': 'Why', 'dashboard.noLight': 'No {light} project.',
      'dashboard.behind': '{points} points behind (through {month}: planned {planned}, completed {completed}, 100 M yuan)',
      'dashboard.ahead': '{points} points ahead',
      'dashboard.monthsLate': 'planned to start {start}: {months} months late',
      'dashboard.rankings': 'Rankings', 'dashboard.of.projects': 'Projects', 'dashboard.of.districts': 'Districts',
      'dashboard.of.departments': 'Departments', 'dashboard.of.officers': 'Project officers',
      'dashboard.rank': 'Rank', 'dashboard.name': 'Name', 'dashboard.score': 'Score', 'dashboard.projectCount': 'Projects',
      'dashboard.parts': 'Score parts', 'dashboard.notScored': 'not scored', 'dashboard.na': 'n/a',
      'dashboard.naBecause': 'n/a ({reason})', 'dashboard.comma': ', ', 'dashboard.weight': '(weight {weight})',
      'dashboard.columnsNote': 'The parts are weighted points that add up to the score; ▸ shows each value and its figures.',
      'dashboard.partCell': '{value} → {points}',
      'dashboard.weights': 'Weights: {list} (a criterion that does not apply is left out and its weight shared by the others)',
      'dashboard.showParts': 'Score parts of {name}', 'dashboard.noRanking': 'No ranking yet.',
      'dashboard.bulletins': 'Monthly bulletin', 'dashboard.bulletinMonth': 'Month',
      'dashboard.xlsx': 'Download Excel', 'dashboard.html': 'Download printable page (HTML)',
      'dashboard.downloading': 'Downloading…', 'dashboard.downloaded': 'The bulletin of {month} was downloaded.',
      'dashboard.noEndedMonth': 'No month of this year has ended yet.',
      'dashboard.criterion.INVESTMENT': 'Investment against plan', 'dashboard.criterion.MILESTONES': 'Milestones on time',
      'dashboard.criterion.APPROVALS': 'Approvals on time', 'dashboard.criterion.PROBLEMS': 'Problems solved',
      'dashboard.reason.no-plan-to-date': 'nothing planned to date', 'dashboard.reason.no-milestones-due': 'no milestone due',
      'dashboard.reason.no-final-decisions': 'no final decision this year', 'dashboard.reason.no-tickets': 'no tickets',
      'dashboard.reason.not-applicable-to-any-project': 'applies to none of its projects',
      'dashboard.figure.monthsDue': 'months due', 'dashboard.figure.plannedToDate': 'planned to date (100 M yuan)',
      'dashboard.figure.completedToDate': 'completed to date (100 M yuan)', 'dashboard.figure.due': 'due',
      'dashboard.figure.reachedOnTime': 'on time', 'dashboard.figure.reachedLate': 'late',
      'dashboard.figure.missed': 'missed', 'dashboard.figure.decisions': 'decisions', 'dashboard.figure.onTime': 'on time',
      'dashboard.figure.tickets': 'tickets', 'dashboard.figure.solved': 'solved', 'dashboard.figure.overdue': 'overdue',
      'dashboard.figure.penalty': 'penalty', 'dashboard.figure.scoredProjects': 'scored projects',
      'dashboard.figure.applicableProjects': 'projects it applies to',
      'dashboard.lightRule.behind-planned-pace': 'Behind the planned pace', 'dashboard.lightRule.on-pace': 'On pace',
      'dashboard.lightRule.no-plan': 'No plan this year', 'dashboard.lightRule.nothing-due-yet': 'No report due yet',
      'dashboard.lightRule.not-started-in-planned-month': 'Not started in the planned month',
      'dashboard.lightRule.completed': 'Completed or in production',
      'dashboard.tier.ON_TRACK': 'Regular service', 'dashboard.tier.PRE_STAGE': 'Early-stage guidance',
      'dashboard.tier.COMPLETED': 'Follow-up visits', 'dashboard.tier.LAGGING': 'Special review',
    }
  });

  /** Why a project has its light, in words: the figures of the rule that set it. */
  Portal.lightExplanation = function (light) {
    const e = light.explanation || {};
    if (light.rule === 'not-started-in-planned-month' && e.monthsLate != null) {
      return t('dashboard.monthsLate', { start: format.date(e.plannedStart), months: e.monthsLate });
    }
    if (e.pointsBehind != null) {
      return e.pointsBehind >= 0
        ? t('dashboard.behind', { points: e.pointsBehind.toFixed(2), month: e.dueThrough,
          planned: format.yi(e.plannedToDate), completed: format.yi(e.completedToDate) })
        : t('dashboard.ahead', { points: (-e.pointsBehind).toFixed(2) });
    }
    return '';
  };

  /** A score part in words: "value → weighted points", or why it does not apply. */
  Portal.scorePart = function (part) {
    if (!part) {
      return '—';
    }
    if (!part.applicable) {
      return part.reason ? t('dashboard.naBecause', { reason: t('dashboard.reason.' + part.reason) }) : t('dashboard.na');
    }
    return t('dashboard.partCell', { value: number(part.value), points: number(part.weightedPoints) });
  };

  /** A score part's figures in words ("due 2, on time 1 …"); amounts in 亿元. */
  Portal.scoreFigures = function (part) {
    return Object.entries(part.figures || {}).map(([name, value]) => t('dashboard.figure.' + name) + ' '
      + (name === 'plannedToDate' || name === 'completedToDate' ? format.yi(value) : value)).join(t('dashboard.comma'));
  };

  function number(value) {
    return value == null ? '—' : Number(value).toFixed(2);
  }

  function yi(yuan) {
    return Math.round(Number(yuan || 0) / 1e6) / 100;
  }

  Portal.page('dashboard', '/dashboard', {
    props: ['query'],
    data() {
      return {
        thisYear: null, year: null, figures: null, lights: null, rankings: null,
        loading: false, problems: { figures: null, lights: null, rankings: null }, refreshedAt: null,
        wall: !!(this.query && this.query.screen === 'wall'), of: 'projects', open: null,
        bulletinMonth: '', downloading: false, downloadProblem: null, downloaded: null, timer: null
      };
    },
    computed: {
      fontSize() {
        return this.wall ? 22 : 12;
      },
      chartHeight() {
        return this.wall ? '26rem' : '20rem';
      },
      // Months that have ended in the chosen year (the bulletin is only for those).
      endedMonths() {
        if (!this.year || !this.thisYear) {
          return [];
        }
        const asOf = (this.figures && this.figures.asOf) || new Date().toISOString().slice(0, 10);
        const last = this.year < Number(asOf.slice(0, 4)) ? 12 : Number(asOf.slice(5, 7)) - 1;
        return Array.from({ length: last }, (_, index) => this.year + '-' + String(index + 1).padStart(2, '0'))
          .reverse();
      },
      // The last month with a completed figure (the months after it have nothing reported yet).
      lastMonth() {
        if (!this.figures) {
          return 0;
        }
        const asOf = this.figures.asOf;
        return this.figures.year < Number(asOf.slice(0, 4)) ? 12 : Number(asOf.slice(5, 7));
      },
      monthsOption() {
        if (!this.figures) {
          return null;
        }
        const months = this.figures.months;
        const fontSize = this.fontSize;
        return {
          color: [PLANNED, COMPLETED, '#475569', '#b45309'],
          tooltip: { trigger: 'axis', textStyle: { fontSize } },
          legend: { top: 0, textStyle: { fontSize } },
          grid: { left: 8, right: 8, bottom: 8, top: fontSize * 3, containLabel: true },
          xAxis: { type: 'category', data: months.map(m => t('dashboard.month', { month: m.month })),
            axisLabel: { fontSize } },
          // Monthly bars on the left axis, the cumulative lines on the right (they grow twelve times larger).
          yAxis: [{ type: 'value', name: t('dashboard.monthly'), nameTextStyle: { fontSize }, axisLabel: { fontSize } },
            { type: 'value', name: t('dashboard.cumulative'), nameTextStyle: { fontSize }, axisLabel: { fontSize },
              splitLine: { show: false } }],
          series: [
            { name: t('dashboard.planned'), type: 'bar', data: months.map(m => yi(m.planned)) },
            { name: t('dashboard.done'), type: 'bar', data: months.map(m => yi(m.completed)) },
            { name: t('dashboard.plannedToDate'), type: 'line', yAxisIndex: 1,
              data: months.map(m => yi(m.plannedToDate)), lineStyle: { type: 'dashed' } },
            { name: t('dashboard.completedToDate'), type: 'line', yAxisIndex: 1,
              data: months.map(m => m.month <= this.lastMonth ? yi(m.completedToDate) : null) }
          ]
        };
      },
      monthsSummary() {
        if (!this.figures) {
          return t('dashboard.months');
        }
        const months = this.figures.months;
        const upTo = months[Math.max(this.lastMonth, 1) - 1];
        return t('dashboard.months') + '. ' + t('dashboard.monthsSummary', {
          year: this.figures.year, month: upTo.month, planned: format.yi(upTo.plannedToDate),
          completed: format.yi(upTo.completedToDate),
          list: months.map(m => t('dashboard.monthItem',
            { month: m.month, planned: format.yi(m.planned), completed: format.yi(m.completed) })).join('; ')
        });
      },
      districts() {
        return this.breakdown('byDistrict', code => Portal.districtName(code));
      },
      sectors() {
        return this.breakdown('bySector', code => t('sector.' + code))
          .sort((a, b) => SECTORS.indexOf(a.code) - SECTORS.indexOf(b.code));
      },
      districtOption() {
        return this.breakdownOption(this.districts);
      },
      sectorOption() {
        return this.breakdownOption(this.sectors);
      },
      districtSummary() {
        return this.breakdownSummary('dashboard.byDistrict', this.districts);
      },
      sectorSummary() {
        return this.breakdownSummary('dashboard.bySector', this.sectors);
      },
      funnel() {
        const byStage = (this.figures && this.figures.byStage) || {};
        return FUNNEL.map(stage => ({ stage, count: byStage[stage] ? byStage[stage].projects : 0 }));
      },
      suspended() {
        const byStage = (this.figures && this.figures.byStage) || {};
        return byStage.SUSPENDED ? byStage.SUSPENDED.projects : 0;
      },
      // A funnel drawn as centred bars (an invisible stacked offset), so that the stages keep their order and an
      // empty stage still shows its name.
      funnelOption() {
        if (!this.figures) {
          return null;
        }
        const fontSize = this.fontSize;
        const most = Math.max(1, ...this.funnel.map(step => step.count));
        const colours = ['#cbd5e1', '#94a3b8', '#b91c1c', '#8f1d1d', '#15803d'];
        return {
          tooltip: { trigger: 'item', textStyle: { fontSize } },
          grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', max: most, show: false },
          yAxis: { type: 'category', inverse: true, axisTick: { show: false }, axisLine: { show: false },
            data: this.funnel.map(step => t('stage.' + step.stage) + '  ' + step.count), axisLabel: { fontSize } },
          series: [
            { type: 'bar', stack: 'funnel', silent: true, itemStyle: { color: 'transparent' }, tooltip: { show: false },
              data: this.funnel.map(step => (most - step.count) / 2) },
            { type: 'bar', stack: 'funnel', barCategoryGap: '15%', name: t('dashboard.funnel'),
              data: this.funnel.map((step, index) => ({ value: step.count, itemStyle: { color: colours[index] } })) }
          ]
        };
      },
      funnelSummary() {
        return t('dashboard.funnel') + ': ' + this.funnel
          .map(step => t('dashboard.funnelItem', { stage: t('stage.' + step.stage), count: step.count })).join(' → ')
          + (this.suspended ? ' ' + t('dashboard.suspended', { count: this.suspended }) : '');
      },
      entries() {
        return (this.rankings && this.rankings[this.of]) || [];
      },
      criteria() {
        return this.of === 'departments' ? ['APPROVALS', 'PROBLEMS'] : CRITERIA;
      },
      weights() {
        const weights = (this.rankings && this.rankings.weights) || {};
        return t('dashboard.weights', { list: CRITERIA.map(criterion => t('dashboard.criterion.' + criterion) + ' '
          + weights[criterion.toLowerCase()]).join('、') });
      },
      yearOnYear() {
        return this.figures && this.figures.yearOnYear;
      }
    },
    watch: {
      wall(on) {
        this.schedule(on);
      }
    },
    methods: {
      t,
      number,
      breakdown(name, label) {
        const parts = (this.figures && this.figures[name]) || {};
        return Object.entries(parts).map(([code, part]) => Object.assign({ code, name: label(code) }, part));
      },
      breakdownOption(rows) {
        if (!this.figures) {
          return null;
        }
        const fontSize = this.fontSize;
        return {
          color: [PLANNED, COMPLETED],
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize } },
          legend: { top: 0, textStyle: { fontSize } },
          grid: { left: 8, right: 16, bottom: 8, top: fontSize * 3, containLabel: true },
          xAxis: { type: 'value', axisLabel: { fontSize } },
          yAxis: { type: 'category', inverse: true, data: rows.map(row => row.name),
            axisLabel: { fontSize, width: this.wall ? 260 : 110, overflow: 'truncate' } },
          series: [
            { name: t('dashboard.planned'), type: 'bar', data: rows.map(row => yi(row.annualPlan)) },
            { name: t('dashboard.done'), type: 'bar', data: rows.map(row => yi(row.completed)) }
          ]
        };
      },
      breakdownSummary(title, rows) {
        return t(title) + ': ' + rows.map(row => t('dashboard.breakdownItem', { name: row.name, projects: row.projects,
          plan: format.yi(row.annualPlan), completed: format.yi(row.completed) })).join('; ');
      },
      entryName(entry) {
        if (this.of === 'districts') {
          return Portal.districtName(entry.id);
        }
        return this.of === 'departments' ? Portal.departmentName(entry.id) : entry.name;
      },
      part(entry, criterion) {
        return entry.breakdown.find(part => part.criterion === criterion);
      },
      partText(entry, criterion) {
        return Portal.scorePart(this.part(entry, criterion));
      },
      figuresText(part) {
        return Portal.scoreFigures(part);
      },
      explanation(light) {
        return Portal.lightExplanation(light);
      },
      toggle(entry) {
        this.open = this.open === entry.id ? null : entry.id;
      },
      switchOf(of) {
        this.of = of;
        this.open = null;
      },
      async setYear(year) {
        if (year !== this.year) {
          this.year = year;
          this.bulletinMonth = '';
          this.figures = this.lights = this.rankings = null;
          await this.load();
        }
      },
      /** Loads the three reports side by side; each shows its own problem. A refresh keeps the figures shown. */
      async load() {
        this.loading = true;
        const query = this.year && this.year !== this.thisYear ? { year: this.year } : {};
        const read = async (name, url) => {
          try {
            const answer = await api.get(url, query);
            this.problems[name] = null;
            return answer;
          } catch (problem) {
            this.problems[name] = problem;
            return null;
          }
        };
        const [dashboard, lights, rankings] = await Promise.all([read('figures', '/api/reports/dashboard'),
          read('lights', '/api/reports/lights'), read('rankings', '/api/reports/rankings')]);
        if (dashboard) {
          this.figures = dashboard.figures;
          if (!this.thisYear) {
            this.thisYear = this.year = dashboard.figures.year;
          }
        }
        this.lights = lights || this.lights;
        this.rankings = rankings || this.rankings;
        if (!this.endedMonths.includes(this.bulletinMonth)) {
          this.bulletinMonth = this.endedMonths[0] || '';
        }
        this.refreshedAt = new Date().toISOString();
        this.loading = false;
      },
      schedule(on) {
        window.clearInterval(this.timer);
        this.timer = on ? window.setInterval(() => this.load(), REFRESH_MS) : null;
      },
      async download(kind) {
        const month = this.bulletinMonth;
        this.downloading = true;
        this.downloadProblem = null;
        this.downloaded = null;
        try {
          await Portal.download('/api/reports/bulletins/' + month + '/' + kind, 'bulletin-' + month + '.' + kind);
          this.downloaded = month;
        } catch (problem) {
          this.downloadProblem = problem instanceof Portal.Problem ? problem : new Portal.Problem(0, { detail: String(problem) });
        } finally {
          this.downloading = false;
        }
      }
    },
    mounted() {
      this.load();
      this.schedule(this.wall);
    },
    unmounted() {
      window.clearInterval(this.timer);
    },
    template: `
      <div class="dashboard" :class="{ wall }" data-dashboard>
        <div class="dash-head">
          <h2>{{ t('dashboard.title') }}<template v-if="figures"> · {{ figures.year }}</template></h2>
          <div class="dash-tools">
            <span v-if="thisYear" class="dash-years" role="group" :aria-label="t('dashboard.year')">
              <button type="button" :aria-pressed="year === thisYear" data-year="this"
                @click="setYear(thisYear)">{{ t('dashboard.thisYear', { year: thisYear }) }}</button>
              <button type="button" :aria-pressed="year === thisYear - 1" data-year="last"
                @click="setYear(thisYear - 1)">{{ t('dashboard.lastYear', { year: thisYear - 1 }) }}</button>
            </span>
            <button type="button" data-action="refresh" :disabled="loading" @click="load">{{ t('dashboard.refresh') }}</button>
            <button type="button" data-action="wall" :aria-pressed="wall" @click="wall = !wall">
              {{ wall ? t('dashboard.leaveWall') : t('dashboard.wall') }}</button>
            <span class="note" role="status" data-status>
              <template v-if="loading">{{ t('loading') }}</template>
              <template v-else-if="figures">{{ t('dashboard.asOf', { date: figures.asOf }) }}<template v-if="wall">
                · {{ t('dashboard.autoRefresh') }} · {{ t('dashboard.refreshed', { time: format.time(refreshedAt) }) }}</template></template>
            </span>
          </div>
        </div>

        <problem-alert :problem="problems.figures"></problem-alert>
        <section class="figures dash-figures" :aria-label="t('dashboard.figures')" aria-live="polite">
          <div class="figure" data-figure="projects">
            <span class="value">{{ figures ? figures.headline.projects : '…' }}</span>
            <span class="label">{{ t('dashboard.projects') }}</span>
          </div>
          <div class="figure" data-figure="total">
            <span class="value">{{ figures ? format.yi(figures.headline.totalInvestment) : '…' }}</span>
            <span class="label">{{ t('dashboard.totalInvestment') }}</span>
          </div>
          <div class="figure" data-figure="plan">
            <span class="value">{{ figures ? format.yi(figures.headline.annualPlan) : '…' }}</span>
            <span class="label">{{ t('dashboard.annualPlan') }}</span>
          </div>
          <div class="figure" data-figure="completed">
            <span class="value">{{ figures ? format.yi(figures.headline.completed) : '…' }}</span>
            <span class="label">{{ t('dashboard.completed') }}</span>
          </div>
          <div class="figure accent" data-figure="share">
            <span class="value">{{ figures ? format.percent(figures.headline.completedShare) : '…' }}</span>
            <span class="label">{{ t('dashboard.completedShare') }}</span>
          </div>
          <div class="figure" data-figure="yoy">
            <span class="value">{{ !figures ? '…' : yearOnYear && yearOnYear.completedGrowth != null ? format.percent(yearOnYear.completedGrowth) : '—' }}</span>
            <span class="label">{{ t('dashboard.yearOnYear') }}</span>
            <span class="label small" v-if="figures">{{ yearOnYear ? t('dashboard.yearOnYearNote', { year: yearOnYear.previousYear, amount: format.yi(yearOnYear.previousCompleted) }) : t('dashboard.noYearOnYear') }}</span>
          </div>
          <div class="figure" data-figure="new-starts">
            <span class="value">{{ figures ? figures.headline.newStarts : '…' }}</span>
            <span class="label">{{ t('dashboard.newStarts') }}</span>
            <span class="label small" v-if="figures">{{ t('dashboard.newStartsInvestment', { amount: format.yi(figures.headline.newStartsInvestment) }) }}</span>
          </div>
          <div class="figure" data-figure="completed-projects">
            <span class="value">{{ figures ? figures.headline.completedProjects : '…' }}</span>
            <span class="label">{{ t('dashboard.completedProjects') }}</span>
          </div>
          <div class="figure" data-figure="in-production">
            <span class="value">{{ figures ? figures.headline.inProduction : '…' }}</span>
            <span class="label">{{ t('dashboard.inProduction') }}</span>
          </div>
          <div class="figure" data-figure="over-100m">
            <span class="value">{{ figures ? figures.headline.overHundredMillion : '…' }}</span>
            <span class="label">{{ t('dashboard.overHundredMillion') }}</span>
          </div>
          <div class="figure" data-figure="lights">
            <span class="value lights-count" v-if="lights">
              <span class="red">{{ lights.counts.red }}</span> / <span class="yellow">{{ lights.counts.yellow }}</span>
              / <span class="green">{{ lights.counts.green }}</span></span>
            <span class="value" v-else>…</span>
            <span class="label">{{ t('dashboard.lightCounts') }}</span>
          </div>
        </section>

        <div class="dash-grid">
          <section class="panel dash-wide" data-chart="months">
            <h3>{{ t('dashboard.months') }}</h3>
            <e-chart :option="monthsOption" :label="monthsSummary" :height="chartHeight"></e-chart>
          </section>
          <section class="panel" data-chart="districts">
            <h3>{{ t('dashboard.byDistrict') }}</h3>
            <e-chart :option="districtOption" :label="districtSummary" :height="chartHeight"></e-chart>
          </section>
          <section class="panel" data-chart="sectors">
            <h3>{{ t('dashboard.bySector') }}</h3>
            <e-chart :option="sectorOption" :label="sectorSummary" :height="chartHeight"></e-chart>
          </section>
          <section class="panel" data-chart="funnel">
            <h3>{{ t('dashboard.funnel') }}</h3>
            <e-chart :option="funnelOption" :label="funnelSummary" :height="chartHeight"></e-chart>
            <p v-if="suspended" class="note">{{ t('dashboard.suspended', { count: suspended }) }}</p>
          </section>
        </div>

        <section class="panel" data-section="lights">
          <h3>{{ t('dashboard.lists') }}</h3>
          <problem-alert :problem="problems.lights"></problem-alert>
          <busy-note :busy="!lights && !problems.lights"></busy-note>
          <div v-if="lights" class="dash-lists">
            <div v-for="colour in ['red', 'yellow']" :key="colour" :data-list="colour">
              <h4 :id="'dash-' + colour">
                <light-tag :light="colour.toUpperCase()"></light-tag>
                {{ t(colour === 'red' ? 'dashboard.redList' : 'dashboard.yellowList', { count: lights[colour].length }) }}
              </h4>
              <div class="scroll">
                <table :aria-labelledby="'dash-' + colour">
                  <thead><tr>
                    <th scope="col">{{ t('dashboard.project') }}</th><th scope="col">{{ t('dashboard.district') }}</th>
                    <th scope="col">{{ t('dashboard.officer') }}</th><th scope="col">{{ t('dashboard.rule') }}</th>
                    <th scope="col">{{ t('dashboard.explanation') }}</th>
                  </tr></thead>
                  <tbody>
                    <tr v-for="light in lights[colour]" :key="light.projectId" :data-light-project="light.projectId">
                      <td><a :href="'#/projects/' + light.projectId" data-project-link>{{ light.name }}</a></td>
                      <td>{{ districtName(light.district) }}</td>
                      <td>{{ light.officer || '—' }}</td>
                      <td>{{ t('dashboard.lightRule.' + light.rule) }}</td>
                      <td>{{ explanation(light) }}</td>
                    </tr>
                    <tr v-if="lights[colour].length === 0">
                      <td colspan="5">{{ t('dashboard.noLight', { light: t('light.' + colour.toUpperCase()) }) }}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </section>

        <section class="panel" data-section="rankings">
          <h3 id="dash-rankings">{{ t('dashboard.rankings') }}</h3>
          <problem-alert :problem="problems.rankings"></problem-alert>
          <busy-note :busy="!rankings && !problems.rankings"></busy-note>
          <template v-if="rankings">
            <div class="tabs" role="tablist" :aria-label="t('dashboard.rankings')">
              <button v-for="name in ['projects', 'districts', 'departments', 'officers']" :key="name" type="button"
                role="tab" :id="'dash-tab-' + name" :aria-selected="of === name" aria-controls="dash-ranking"
                :data-ranking-tab="name" @click="switchOf(name)">{{ t('dashboard.of.' + name) }}</button>
            </div>
            <div id="dash-ranking" role="tabpanel" :aria-labelledby="'dash-tab-' + of" class="scroll">
              <table :data-ranking="of">
                <thead><tr>
                  <th scope="col" class="number">{{ t('dashboard.rank') }}</th>
                  <th scope="col">{{ t('dashboard.name') }}</th>
                  <th scope="col" class="number">{{ t('dashboard.score') }}</th>
                  <th v-for="criterion in criteria" :key="criterion" scope="col" class="number">{{ t('dashboard.criterion.' + criterion) }}</th>
                  <th v-if="of !== 'projects'" scope="col" class="number">{{ t('dashboard.projectCount') }}</th>
                </tr></thead>
                <tbody>
                  <template v-for="entry in entries" :key="entry.id">
                    <tr :data-entry="entry.id">
                      <td class="number">{{ entry.rank == null ? '—' : entry.rank }}</td>
                      <td>
                        <button type="button" class="link" :aria-expanded="open === entry.id" data-action="parts"
                          :aria-label="t('dashboard.showParts', { name: entryName(entry) })" @click="toggle(entry)">
                          {{ open === entry.id ? '▾' : '▸' }}</button>
                        <a v-if="of === 'projects'" :href="'#/projects/' + entry.id" data-project-link>{{ entryName(entry) }}</a>
                        <span v-else>{{ entryName(entry) }}</span>
                      </td>
                      <td class="number score">{{ entry.score == null ? t('dashboard.notScored') : number(entry.score) }}</td>
                      <td v-for="criterion in criteria" :key="criterion" class="number part"
                        :class="{ na: part(entry, criterion) && !part(entry, criterion).applicable }">
                        {{ part(entry, criterion) && part(entry, criterion).applicable ? number(part(entry, criterion).weightedPoints) : t('dashboard.na') }}</td>
                      <td v-if="of !== 'projects'" class="number">{{ entry.projects }}</td>
                    </tr>
                    <tr v-if="open === entry.id" class="card" :data-parts="entry.id">
                      <td :colspan="criteria.length + (of === 'projects' ? 3 : 4)">
                        <dl class="facts">
                          <template v-for="part in entry.breakdown" :key="part.criterion">
                            <dt>{{ t('dashboard.criterion.' + part.criterion) }} {{ t('dashboard.weight', { weight: part.weight }) }}</dt>
                            <dd>{{ partText(entry, part.criterion) }}<span class="note" v-if="figuresText(part)">
                              · {{ figuresText(part) }}</span></dd>
                          </template>
                        </dl>
                      </td>
                    </tr>
                  </template>
                  <tr v-if="entries.length === 0"><td :colspan="criteria.length + 4">{{ t('dashboard.noRanking') }}</td></tr>
                </tbody>
              </table>
            </div>
            <p class="note">{{ t('dashboard.columnsNote') }} {{ weights }}</p>
          </template>
        </section>

        <section class="panel" data-section="bulletins">
          <h3>{{ t('dashboard.bulletins') }}</h3>
          <div class="filters" v-if="endedMonths.length">
            <label>{{ t('dashboard.bulletinMonth') }}
              <select v-model="bulletinMonth" name="bulletinMonth" data-bulletin-month>
                <option v-for="month in endedMonths" :key="month" :value="month">{{ month }}</option>
              </select>
            </label>
            <button type="button" data-action="bulletin-xlsx" :disabled="downloading || !bulletinMonth"
              @click="download('xlsx')">{{ t('dashboard.xlsx') }}</button>
            <button type="button" data-action="bulletin-html" :disabled="downloading || !bulletinMonth"
              @click="download('html')">{{ t('dashboard.html') }}</button>
            <busy-note :busy="downloading" :text="t('dashboard.downloading')"></busy-note>
          </div>
          <p v-else-if="year" class="note">{{ t('dashboard.noEndedMonth') }}</p>
          <problem-alert :problem="downloadProblem"></problem-alert>
          <p v-if="downloaded" class="done" role="status" data-downloaded>{{ t('dashboard.downloaded', { month: downloaded }) }}</p>
        </section>
      </div>`
  }, ['CITY_ADMIN', 'LEADER']);
}());

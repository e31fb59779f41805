// The portal's core, shared by every page: the words, the signed-in session, calls to the gateway's API (problem
// responses turned into plain words), a small hash router, number and date formats, and drafts that survive a
// failed submit. Pages register themselves with Portal.page(...) and their words with Portal.words(...).
window.Portal = (function () {
  const ROLES = ['CITY_ADMIN', 'LEADER', 'DEPT_OFFICER', 'PROJECT_OFFICER', 'ENTERPRISE'];
  const SESSION = 'portal.session';
  const words = { zh: {}, en: {} };
  const pages = [];

  const state = Vue.reactive({
    lang: window.localStorage.getItem('portal.lang') === 'en' ? 'en' : 'zh',
    session: readSession(),
    route: { name: null, params: {}, query: {} }
  });

  function readSession() {
    try {
      return JSON.parse(window.sessionStorage.getItem(SESSION));
    } catch (broken) {
      return null;
    }
  }

  function t(key, values) {
    let text = words[state.lang][key] ?? words.zh[key] ?? key;
    Object.entries(values || {}).forEach(([name, value]) => { text = text.split('{' + name + '}').join(value); });
    return text;
  }

  function setLang(lang) {
    state.lang = lang;
    window.localStorage.setItem('portal.lang', lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
  }

  // ---- the signed-in user -------------------------------------------------------------------------------------

  /** The claims of an access token (its middle part): who, which roles, which department or enterprise. */
  function claims(accessToken) {
    const part = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(window.atob(part))
      .map(c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    const token = JSON.parse(json);
    const roles = (token.roles || []).filter(role => ROLES.includes(role));
    return {
      id: token.sub, name: token.name || token.sub, roles, department: token.department || null,
      creditCode: token.creditCode || null, role: ROLES.find(role => roles.includes(role)) || null
    };
  }

  function keep(answer) {
    state.session = {
      accessToken: answer.access_token, refreshToken: answer.refresh_token, user: claims(answer.access_token)
    };
    window.sessionStorage.setItem(SESSION, JSON.stringify(state.session));
  }

  function forget() {
    state.session = null;
    window.sessionStorage.removeItem(SESSION);
  }

  function user() {
    return state.session ? state.session.user : null;
  }

  function hasRole(...roles) {
    const current = user();
    return !!current && roles.some(role => current.roles.includes(role));
  }

  async function login(username, password) {
    forget();
    keep(await call('POST', '/api/auth/login', { username, password }, { anonymous: true }));
    return user();
  }

  async function logout() {
    const refreshToken = state.session && state.session.refreshToken;
    forget();
    if (refreshToken) {
      await call('POST', '/api/auth/logout', { refreshToken }, { anonymous: true }).catch(() => null);
    }
  }

  let refreshing = null;

  /** One refresh at a time: parallel calls that all met an expired token share it. */
  function refresh() {
    if (!refreshing) {
      const refreshToken = state.session && state.session.refreshToken;
      refreshing = call('POST', '/api/auth/refresh', { refreshToken }, { anonymous: true })
        .then(keep, failure => { forget(); throw failure; })
        .finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  // ---- calls to the API -----------------------------------------------------------------------------------------

  /** A problem response (RFC 9457) with the sentence to show the user. */
  class Problem extends Error {
    constructor(status, body) {
      body = body || {};
      const type = (body.type || 'about:blank').split('/').pop();
      super('');
      this.status = status;
      this.type = type;
      this.rule = body.rule || null;
      this.detail = body.detail || body.title || null;
      this.requestId = body.requestId || null;
      this.retryAfter = body.retryAfter || null;
      this.errors = (body.errors || []).map(error => ({ field: error.field, message: error.message }));
      this.message = plain(this);
    }

    /** The message of a field's error, for the form to show beside the field. */
    field(name) {
      const found = this.errors.find(error => error.field === name || error.field.startsWith(name + '.')
        || error.field.startsWith(name + '['));
      return found ? found.message : null;
    }
  }

  /** The problem in plain words: the rule or type in the user's language, else what the service said. */
  function plain(problem) {
    if (problem.type === 'rule-violation' && problem.rule && words[state.lang]['rule.' + problem.rule]) {
      return t('rule.' + problem.rule);
    }
    const known = words[state.lang]['problem.' + problem.type];
    if (known) {
      return problem.type === 'validation' || problem.type === 'rule-violation' || problem.type === 'unreadable-request'
        ? known + (problem.errors.length ? '' : (problem.detail ? ' (' + problem.detail + ')' : ''))
        : known;
    }
    return problem.detail || t('problem.unexpected');
  }

  async function call(method, url, body, options) {
    options = options || {};
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (state.session && !options.anonymous) {
      headers.Authorization = 'Bearer ' + state.session.accessToken;
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (offline) {
      throw new Problem(0, { type: 'unreachable' });
    }
    if (response.status === 401 && state.session && !options.anonymous && !options.retried) {
      await refresh().catch(() => null);
      if (state.session) {
        return call(method, url, body, Object.assign({}, options, { retried: true }));
      }
      go('/login', { next: state.route.path });
    }
    if (response.status === 204) {
      return null;
    }
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      if (answer) {
        answer.retryAfter = response.headers.get('Retry-After');
      }
      throw new Problem(response.status, answer);
    }
    return answer;
  }

  const api = {
    get: (url, query) => call('GET', withQuery(url, query)),
    post: (url, body) => call('POST', url, body === undefined ? {} : body),
    put: (url, body) => call('PUT', url, body),
    patch: (url, body) => call('PATCH', url, body)
  };

  function withQuery(url, query) {
    const params = new URLSearchParams();
    Object.entries(query || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined && value !== '') {
        params.set(name, value);
      }
    });
    const text = params.toString();
    return text ? url + (url.includes('?') ? '&' : '?') + text : url;
  }

  /**
   * Downloads a file the API serves only to signed-in users (a link cannot carry the token): fetched with it,
   * then saved under the name the server gave.
   */
  async function download(url, fallbackName) {
    const headers = state.session ? { Authorization: 'Bearer ' + state.session.accessToken } : {};
    let response = await fetch(url, { headers });
    if (response.status === 401 && state.session) {
      await refresh();
      response = await fetch(url, { headers: { Authorization: 'Bearer ' + state.session.accessToken } });
    }
    if (!response.ok) {
      throw new Problem(response.status, await response.json().catch(() => null));
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const named = /filename="?([^";]+)"?/.exec(disposition);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = named ? named[1] : fallbackName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  // ---- the router -----------------------------------------------------------------------------------------------

  /** A page: its route ('/projects/:id'), component and the roles that may open it (none: anyone). */
  function page(name, pattern, component, roles) {
    const keys = [];
    const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (match, key) => {
      keys.push(key);
      return '([^/]+)';
    }) + '$');
    pages.push({ name, pattern, component, roles: roles || null, regex, keys });
  }

  function resolve() {
    const hash = decodeURI(window.location.hash.replace(/^#/, '')) || '/';
    const [path, search] = hash.split('?');
    const query = Object.fromEntries(new URLSearchParams(search || ''));
    for (const candidate of pages) {
      const match = candidate.regex.exec(path);
      if (match) {
        const params = {};
        candidate.keys.forEach((key, index) => { params[key] = decodeURIComponent(match[index + 1]); });
        if (candidate.roles && !hasRole(...candidate.roles)) {
          if (!user()) {
            go('/login', { next: hash });
            return;
          }
          state.route = { name: 'not-allowed', path, params: {}, query: {}, page: null };
          return;
        }
        state.route = { name: candidate.name, path: hash, params, query, page: candidate };
        return;
      }
    }
    state.route = { name: 'not-found', path, params: {}, query: {}, page: null };
  }

  function go(path, query) {
    const text = query ? new URLSearchParams(query).toString() : '';
    window.location.hash = '#' + path + (text ? '?' + text : '');
  }

  /** Where a user lands after signing in: the page that fits their role. */
  function home(current) {
    switch (current && current.role) {
      case 'CITY_ADMIN':
      case 'LEADER':
        return '/dashboard';
      case 'DEPT_OFFICER':
        return '/workbench';
      case 'PROJECT_OFFICER':
        return '/officer';
      case 'ENTERPRISE':
        return '/enterprise';
      default:
        return '/';
    }
  }

  // ---- formats --------------------------------------------------------------------------------------------------

  const format = {
    /** Yuan as 亿元 (100 M yuan), the unit the city reports in. */
    yi(yuan) {
      return yuan == null ? '—' : (Number(yuan) / 1e8).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en',
        { maximumFractionDigits: 2 });
    },
    /** Yuan as 万元 (10 000 yuan), the unit of monthly reports. */
    wan(yuan) {
      return yuan == null ? '—' : (Number(yuan) / 1e4).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en',
        { maximumFractionDigits: 2 });
    },
    percent(share) {
      return share == null ? '—' : Number(share).toFixed(2) + '%';
    },
    date(text) {
      return text ? String(text).slice(0, 10) : '—';
    },
    time(text) {
      return text ? new Date(text).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en', { hour12: false }) : '—';
    },
    /** A code's words (a stage, a sector …) or the code itself when the portal has none for it. */
    code(prefix, code) {
      return code == null ? '—' : t(prefix + '.' + code);
    }
  };

  // ---- drafts ---------------------------------------------------------------------------------------------------

  /**
   * Keeps a form's fields in the session's storage while the user types, so that neither a failed submit nor
   * signing in again loses them; cleared once the form went through.
   */
  function draft(key, initial) {
    const stored = window.sessionStorage.getItem('portal.draft.' + key);
    const form = Vue.reactive(Object.assign({}, initial, stored ? JSON.parse(stored) : {}));
    Vue.watch(form, value => window.sessionStorage.setItem('portal.draft.' + key, JSON.stringify(value)),
      { deep: true });
    return {
      form,
      clear() {
        Object.keys(form).forEach(name => { form[name] = initial[name]; });
        // After the watcher stored the reset form (it runs before the next tick).
        Vue.nextTick(() => window.sessionStorage.removeItem('portal.draft.' + key));
      }
    };
  }

  /** Runs a submit: busy while it runs, the problem (if any) kept for the form to show; resolves to the answer. */
  async function submit(vm, action) {
    vm.busy = true;
    vm.problem = null;
    try {
      return await action();
    } catch (problem) {
      vm.problem = problem instanceof Problem ? problem : new Problem(0, { detail: String(problem) });
      return undefined;
    } finally {
      vm.busy = false;
    }
  }

  function addWords(more) {
    Object.assign(words.zh, more.zh);
    Object.assign(words.en, more.en);
  }

  window.addEventListener('hashchange', resolve);

  return {
    ROLES, state, t, setLang, words: addWords, user, hasRole, login, logout, api, download, Problem, page, resolve,
    go, home, format, draft, submit, pages: () => pages
  };
}());

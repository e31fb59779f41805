// The portal's shell: the menu for the signed-in user's role, the language switch, and the page the address names.
// Every page is a component in portal/pages/, registered with Portal.page.
(function () {
  const { t, state } = Portal;
  const MENU = [
    { path: '/', words: 'menu.home' },
    { path: '/dashboard', words: 'menu.dashboard', roles: ['CITY_ADMIN', 'LEADER'] },
    { path: '/workbench', words: 'menu.workbench', roles: ['DEPT_OFFICER'] },
    { path: '/officer', words: 'menu.officer', roles: ['PROJECT_OFFICER'] },
    { path: '/enterprise', words: 'menu.enterprise', roles: ['ENTERPRISE'] },
    { path: '/tickets', words: 'menu.tickets', roles: ['CITY_ADMIN', 'LEADER', 'DEPT_OFFICER', 'PROJECT_OFFICER', 'ENTERPRISE'] },
    { path: '/admin', words: 'menu.admin', roles: ['CITY_ADMIN'] }
  ];

  const app = Vue.createApp({
    computed: {
      lang: () => state.lang,
      route: () => state.route,
      // The page only while the user may open it: signing out unmounts a page that needs a role at once.
      page: () => state.route.page && (!state.route.page.roles || Portal.hasRole(...state.route.page.roles))
        ? state.route.page : null,
      user: () => Portal.user(),
      home: () => Portal.home(Portal.user()),
      menu() {
        return MENU.filter(item => !item.roles || Portal.hasRole(...item.roles));
      }
    },
    methods: {
      t,
      setLang: Portal.setLang,
      current(item) {
        const path = (state.route.path || '/').split('?')[0];
        return item.path === '/' ? path === '/' : path.startsWith(item.path);
      },
      async logout() {
        await Portal.logout();
        Portal.go('/');
      },
      skip() {
        document.getElementById('main').focus();
      }
    },
    watch: {
      // A new page: move the focus to it, as a screen reader expects after following a link.
      'route.path'() {
        Vue.nextTick(() => document.getElementById('main').focus({ preventScroll: true }));
      }
    },
    mounted() {
      Portal.setLang(state.lang);
    }
  });
  // Every template may use these without listing them.
  app.config.globalProperties.t = t;
  app.config.globalProperties.format = Portal.format;
  app.config.globalProperties.districtName = code => Portal.districtName(code);
  Object.entries(Portal.components).forEach(([name, component]) => app.component(name, component));
  Portal.pages().forEach(page => app.component(page.name + '-page', page.component));
  Portal.resolve();
  app.mount('#app');
}());

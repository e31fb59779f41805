// Sign in with the local token service (or, in production, the city's identity provider in front of it); then the
// home that fits the role, or the page that asked for the sign-in.
(function () {
  const { t } = Portal;

  Portal.words({
    zh: { signIn: '登录平台', username: '用户名', password: '密码', signingIn: '正在登录……',
      demoAccounts: '本地演示账号见 docs/security.md（仅限本地平台）。' },
    en: { signIn: 'Sign in to the platform', username: 'User name', password: 'Password', signingIn: 'Signing in…',
      demoAccounts: 'The local demo accounts are listed in docs/security.md (local platform only).' }
  });

  Portal.page('login', '/login', {
    props: ['query'],
    data() {
      return { username: '', password: '', busy: false, problem: null };
    },
    methods: {
      t,
      async signIn() {
        const user = await Portal.submit(this, () => Portal.login(this.username.trim(), this.password));
        if (user) {
          const next = this.query && this.query.next;
          Portal.go(next && next !== '/login' ? next.split('?')[0] : Portal.home(user),
            next && next.includes('?') ? Object.fromEntries(new URLSearchParams(next.split('?')[1])) : undefined);
        } else {
          // Nothing but the password is cleared: the user name stays for the next try.
          this.password = '';
        }
      }
    },
    template: `
      <section class="panel narrow">
        <h2>{{ t('signIn') }}</h2>
        <problem-alert :problem="problem"></problem-alert>
        <form class="form" @submit.prevent="signIn">
          <label>{{ t('username') }}
            <input v-model="username" name="username" autocomplete="username" required maxlength="100">
          </label>
          <label>{{ t('password') }}
            <input v-model="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
          </label>
          <button type="submit" class="primary" :disabled="busy">{{ busy ? t('signingIn') : t('login') }}</button>
        </form>
        <p class="note">{{ t('demoAccounts') }}</p>
      </section>`
  });
}());

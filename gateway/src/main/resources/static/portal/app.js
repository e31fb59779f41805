// The public home of the city portal: headline figures, the projects on a map and by stage, and the searchable
// registry with each project's public card. It calls only the gateway's public API.
(function () {
  const words = window.PORTAL_I18N;
  const SECTORS = ['INDUSTRIAL', 'URBAN_CONSTRUCTION', 'LIVELIHOOD', 'OTHER'];
  const STAGES = ['RESERVE', 'PREPARATION', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_PRODUCTION', 'SUSPENDED'];
  // Dezhou, where the seed reports' projects are, when no project has a location.
  const CITY = [37.45, 116.36];
  // Leaflet and ECharts objects stay out of Vue's reactive state: its proxies break their internals.
  let map = null;
  let markers = null;
  let chart = null;

  /** A problem response in plain words: its detail, else its title, else a generic sentence. */
  async function fetchJson(url, t) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (offline) {
      throw new Error(t('unreachable'));
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error((body && (body.detail || body.title)) || t('unreachable'));
    }
    return body;
  }

  Vue.createApp({
    data() {
      const stored = window.localStorage.getItem('portal.lang');
      return {
        lang: stored === 'en' ? 'en' : 'zh', figures: null, projects: [], total: 0, loading: false, error: null,
        open: null, query: { text: '', sector: '' }, sectors: SECTORS
      };
    },
    computed: {
      located() {
        return this.projects.filter(project => project.location);
      },
      stageSummary() {
        if (!this.figures) {
          return this.t('byStage');
        }
        return this.t('byStage') + ': ' + Object.entries(this.figures.byStage)
          .map(([stage, breakdown]) => this.t('stage.' + stage) + ' ' + breakdown.projects).join(', ');
      }
    },
    methods: {
      t(key, values) {
        let text = words[this.lang][key] || words.zh[key] || key;
        Object.entries(values || {}).forEach(([name, value]) => { text = text.replace('{' + name + '}', value); });
        return text;
      },
      setLang(lang) {
        this.lang = lang;
        window.localStorage.setItem('portal.lang', lang);
        document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
        document.title = this.t('title');
        this.drawStages();
      },
      yi(yuan) {
        return (Number(yuan) / 1e8).toLocaleString(this.lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
      },
      percent(share) {
        return share == null ? '—' : Number(share).toFixed(2) + '%';
      },
      async loadFigures() {
        try {
          this.figures = (await fetchJson('/api/reports/dashboard', this.t)).figures;
          this.drawStages();
        } catch (e) {
          this.error = e.message;
        }
      },
      async search() {
        this.loading = true;
        this.error = null;
        const params = new URLSearchParams({ size: '100' });
        if (this.query.text.trim()) {
          params.set('text', this.query.text.trim());
        }
        if (this.query.sector) {
          params.set('sector', this.query.sector);
        }
        try {
          const page = await fetchJson('/api/projects?' + params, this.t);
          this.projects = page.items;
          this.total = page.total;
          this.drawMarkers();
        } catch (e) {
          this.error = e.message;
        } finally {
          this.loading = false;
        }
      },
      async drawMap() {
        map = L.map('map', { attributionControl: false, zoomControl: true, zoomAnimation: false }).setView(CITY, 8);
        const config = await fetchJson('/portal/config.json', this.t).catch(() => ({}));
        if (config.tileUrl) {
          L.control.attribution().addTo(map);
          L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '' }).addTo(map);
        }
        markers = L.layerGroup().addTo(map);
        this.drawMarkers();
      },
      drawMarkers() {
        if (!markers) {
          return;
        }
        // The container may have been laid out after the map was made (the page hides itself until Vue is ready).
        map.invalidateSize();
        markers.clearLayers();
        const points = this.located.map(project => {
          const point = [project.location.latitude, project.location.longitude];
          L.circleMarker(point, { radius: 7, color: '#8f1d1d', weight: 2, fillOpacity: 0.6 })
            .bindTooltip(project.name).addTo(markers);
          return point;
        });
        if (points.length > 0) {
          map.fitBounds(points, { padding: [24, 24], maxZoom: 11 });
        }
      },
      drawStages() {
        if (!this.figures) {
          return;
        }
        if (!chart) {
          chart = echarts.init(document.getElementById('stages'));
        }
        const stages = STAGES.filter(stage => this.figures.byStage[stage]);
        chart.setOption({
          animation: false,
          tooltip: {},
          xAxis: { type: 'category', data: stages.map(stage => this.t('stage.' + stage)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: stages.map(stage => this.figures.byStage[stage].projects),
            itemStyle: { color: '#8f1d1d' } }]
        });
      }
    },
    mounted() {
      document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
      document.title = this.t('title');
      this.drawMap();
      this.loadFigures();
      this.search();
      window.addEventListener('resize', () => chart && chart.resize());
    }
  }).mount('#app');
}());

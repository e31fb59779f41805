// Small components every page uses: a problem in plain words, a field's error, a working-day clock, stage and
// traffic-light tags, the approval application form, and the offline map (district outlines and project markers,
// no tile server needed).
(function () {
  const { t, format } = Portal;
  Portal.components = Portal.components || {};

  /** A problem response in plain words, with the fields it names and the request id to quote. */
  Portal.components['problem-alert'] = {
    props: ['problem'],
    methods: {
      t,
      label(field) {
        const key = 'field.' + field.replace(/\[\d+\]/g, '');
        return t(key) === key ? field : t(key);
      }
    },
    template: `
      <div v-if="problem" class="problem" role="alert">
        <p>{{ problem.message }}</p>
        <ul v-if="problem.errors.length">
          <li v-for="error in problem.errors">{{ label(error.field) }}: {{ error.message }}</li>
        </ul>
        <p v-if="problem.retryAfter" class="note">{{ t('retryAfter', { seconds: problem.retryAfter }) }}</p>
        <p v-if="problem.requestId" class="note">{{ t('requestId') }} {{ problem.requestId }}</p>
      </div>`
  };

  /** The error of one field, beside it (the input points at it with aria-describedby). */
  Portal.components['field-error'] = {
    props: ['problem', 'name', 'id'],
    template: `<span v-if="problem && problem.field(name)" class="field-error" :id="id">{{ problem.field(name) }}</span>`
  };

  /**
   * A working-day clock (限时办结): due date and working days left, overdue, or stopped while waiting for the
   * applicant or the reporter.
   */
  Portal.components['working-clock'] = {
    props: ['due', 'left', 'overdue', 'paused'],
    methods: { t },
    computed: {
      kind() {
        if (this.paused) {
          return 'paused';
        }
        if (this.overdue > 0 || this.left < 0) {
          return 'overdue';
        }
        return this.left != null && this.left <= 1 ? 'soon' : 'running';
      }
    },
    template: `
      <span class="clock" :class="kind" :data-clock="kind">
        <template v-if="kind === 'paused'">{{ t('clock.paused') }}</template>
        <template v-else-if="kind === 'overdue'">{{ t('clock.overdue', { days: overdue || -left }) }}</template>
        <template v-else-if="left != null">{{ t('clock.left', { days: left }) }}</template>
        <template v-if="due"> · {{ t('clock.due') }} {{ format.date(due) }}</template>
      </span>`
  };

  Portal.components['stage-tag'] = {
    props: ['stage'],
    methods: { t },
    template: `<span class="tag" :data-stage="stage">{{ t('stage.' + stage) }}</span>`
  };

  Portal.components['light-tag'] = {
    props: ['light'],
    methods: { t },
    template: `<span class="light" :class="light && light.toLowerCase()" :data-light="light">{{ t('light.' + light) }}</span>`
  };

  /** Says what is loading, for sighted users and screen readers alike. */
  Portal.components['busy-note'] = {
    props: ['busy', 'text'],
    methods: { t },
    template: `<span class="note" aria-live="polite"><template v-if="busy">{{ text || t('loading') }}</template></span>`
  };

  // ---- the approval application form ------------------------------------------------------------------------------

  /** A stage may be applied for when it never was, or when its last attempt was rejected (then attempt 2, …). */
  Portal.mayApplyFor = stage => stage.status === 'NOT_STARTED' || stage.status === 'REJECTED';

  /**
   * The one approval application form (一张表单) of a project's stage, filed by the enterprise itself or by the
   * project officer on its behalf (代办): a fixed `stage`, or `stages` (codes) to choose from. What was typed is kept
   * under `draftKey`. The page's hooks: `data-form` on the component falls through to the form, `submitHook` holds
   * the submit button's. Emits `send` as a submit starts, `applied` ({ stage, answer }) once the case is opened,
   * `refresh` when the user asks to read the progress again after a conflict, and `cancel` (when `cancellable`).
   * The page's slot comes first in the form (a heading).
   */
  Portal.components['application-form'] = {
    props: {
      projectId: { type: String, required: true }, stage: String, stages: Array,
      draftKey: { type: String, required: true }, submitHook: { type: Object, default: () => ({}) },
      cancellable: Boolean
    },
    emits: ['send', 'applied', 'refresh', 'cancel'],
    data() {
      const fields = { contactName: '', contactPhone: '', constructionContent: '', siteAddress: '', attachments: '' };
      const kept = Portal.draft(this.draftKey, this.stages ? Object.assign({ stage: '' }, fields) : fields);
      return { kept, form: kept.form, busy: false, problem: null };
    },
    computed: {
      conflict() {
        return !!this.problem && this.problem.status === 409;
      }
    },
    watch: {
      // The stages offered change once one was applied for; keep the choice among them.
      stages: {
        immediate: true,
        handler(offered) {
          if (offered && !offered.includes(this.form.stage)) {
            this.form.stage = offered.length ? offered[0] : '';
          }
        }
      }
    },
    methods: {
      t,
      async apply() {
        const form = this.form;
        const stage = this.stage || form.stage;
        this.$emit('send');
        const answer = await Portal.submit(this, () => Portal.api.post('/api/approvals/cases', {
          projectId: this.projectId, stage, form: {
            contactName: form.contactName.trim(), contactPhone: form.contactPhone.trim(),
            constructionContent: form.constructionContent.trim(), siteAddress: form.siteAddress.trim() || null,
            attachments: form.attachments.split('\n').map(line => line.trim()).filter(Boolean)
          }
        }));
        if (answer) {
          this.kept.clear();
          this.$emit('applied', { stage, answer });
        }
      },
      refresh() {
        this.problem = null;
        this.$emit('refresh');
      }
    },
    template: `
      <form class="form" novalidate @submit.prevent="apply">
        <slot></slot>
        <p class="note">{{ t('application-form.intro') }}</p>
        <problem-alert :problem="problem"></problem-alert>
        <p v-if="conflict"><button type="button" @click="refresh" data-refresh>{{ t('application-form.refresh') }}</button></p>
        <label v-if="stages">{{ t('application-form.stage') }}
          <select v-model="form.stage" name="stage" required aria-describedby="af-stage">
            <option v-for="code in stages" :key="code" :value="code">{{ t('approvalStage.' + code) }}</option>
          </select>
          <field-error :problem="problem" name="stage" id="af-stage"></field-error>
        </label>
        <div class="row">
          <label>{{ t('application-form.contactName') }}
            <input v-model="form.contactName" name="contactName" maxlength="50" required aria-describedby="af-contactName">
            <field-error :problem="problem" name="form.contactName" id="af-contactName"></field-error>
          </label>
          <label>{{ t('application-form.contactPhone') }}
            <input v-model="form.contactPhone" name="contactPhone" type="tel" maxlength="20" required
              aria-describedby="af-contactPhone">
            <field-error :problem="problem" name="form.contactPhone" id="af-contactPhone"></field-error>
          </label>
        </div>
        <label>{{ t('application-form.constructionContent') }}
          <textarea v-model="form.constructionContent" name="constructionContent" maxlength="2000" required
            aria-describedby="af-constructionContent"></textarea>
          <field-error :problem="problem" name="form.constructionContent" id="af-constructionContent"></field-error>
        </label>
        <label>{{ t('application-form.siteAddress') }}
          <input v-model="form.siteAddress" name="siteAddress" maxlength="200" aria-describedby="af-siteAddress">
          <field-error :problem="problem" name="form.siteAddress" id="af-siteAddress"></field-error>
        </label>
        <label>{{ t('application-form.attachments') }}
          <textarea v-model="form.attachments" name="attachments" placeholder="https://"
            aria-describedby="af-attachments-hint af-attachments"></textarea>
          <span class="note" id="af-attachments-hint">{{ t('application-form.attachmentsHint') }}</span>
          <field-error :problem="problem" name="form.attachments" id="af-attachments"></field-error>
        </label>
        <div class="actions">
          <button type="submit" class="primary" :disabled="busy" v-bind="submitHook">{{ t('application-form.send') }}</button>
          <button v-if="cancellable" type="button" @click="$emit('cancel')">{{ t('cancel') }}</button>
          <busy-note :busy="busy" :text="t('saving')"></busy-note>
        </div>
      </form>`
  };

  // ---- the map ----------------------------------------------------------------------------------------------------

  let outlines = null;

  /** The district outlines (county level) shipped with the portal, loaded once. */
  Portal.districts = function () {
    if (!outlines) {
      outlines = fetch('/portal/districts.json').then(response => response.json());
    }
    return outlines;
  };

  /** A district's name from its code, once the outlines are loaded (a city-level code names the city). */
  Portal.districtName = function (code) {
    const names = Portal.districtNames || {};
    const known = names[code];
    return known ? (Portal.state.lang === 'zh' ? known.zh : known.en) : code;
  };

  /** A department's name from its code (the code itself when the portal has none). */
  Portal.departmentName = function (code) {
    const key = 'dept.' + code;
    return Portal.t(key) === key ? code : Portal.t(key);
  };

  Portal.districts().then(collection => {
    const names = {};
    collection.features.forEach(feature => {
      const p = feature.properties;
      names[p.code] = { zh: p.name, en: p.nameEn };
      names[p.city] = { zh: p.cityName, en: p.cityNameEn };
    });
    Portal.districtNames = Vue.reactive(names);
  });

  // Dezhou, where most seed reports' projects are, when no project has a location.
  const CITY = [37.45, 116.36];

  /**
   * Projects as markers over the district outlines. Works offline; a tile server configured for production
   * (portal.tile-url) is drawn underneath. Leaflet's objects stay outside Vue's reactive state: its proxies break
   * Leaflet's internals.
   */
  Portal.components['project-map'] = {
    props: { projects: Array, height: { type: String, default: '22rem' }, zoom: { type: Number, default: 11 } },
    emits: ['select'],
    setup() {
      return { leaflet: {} };
    },
    computed: {
      located() {
        return (this.projects || []).filter(project => project.location);
      }
    },
    watch: {
      located() {
        this.drawMarkers();
      }
    },
    async mounted() {
      const map = L.map(this.$refs.map, { attributionControl: false, zoomAnimation: false }).setView(CITY, 8);
      this.leaflet.map = map;
      this.leaflet.observer = new ResizeObserver(() => this.leaflet.map && this.leaflet.map.invalidateSize());
      this.leaflet.observer.observe(this.$refs.map);
      const config = await fetch('/portal/config.json').then(response => response.json()).catch(() => ({}));
      if (config.tileUrl) {
        L.control.attribution().addTo(map);
        L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '' }).addTo(map);
      }
      const collection = await Portal.districts();
      if (!this.leaflet.map) {
        return;
      }
      L.geoJSON(collection, {
        style: { color: '#6b7280', weight: 1, fillColor: '#f3f4f6', fillOpacity: config.tileUrl ? 0.1 : 0.8 },
        onEachFeature: (feature, layer) => layer.bindTooltip(
          Portal.state.lang === 'zh' ? feature.properties.name : feature.properties.nameEn, { sticky: true })
      }).addTo(map);
      this.leaflet.markers = L.layerGroup().addTo(map);
      this.drawMarkers();
    },
    unmounted() {
      if (this.leaflet.map) {
        this.leaflet.observer.disconnect();
        this.leaflet.map.remove();
        this.leaflet.map = null;
      }
    },
    methods: {
      t,
      drawMarkers() {
        const { map, markers } = this.leaflet;
        if (!markers) {
          return;
        }
        // The container may have been laid out after the map was made.
        map.invalidateSize();
        markers.clearLayers();
        const points = this.located.map(project => {
          const point = [project.location.latitude, project.location.longitude];
          L.circleMarker(point, { radius: 7, color: '#8f1d1d', weight: 2, fillOpacity: 0.7 })
            .bindTooltip(project.name).on('click', () => this.$emit('select', project)).addTo(markers);
          return point;
        });
        if (points.length > 0) {
          map.fitBounds(points, { padding: [24, 24], maxZoom: this.zoom });
        }
      }
    },
    template: `
      <div>
        <div ref="map" class="map" :style="{ height }" role="img"
          :aria-label="t('mapLabel', { count: located.length })"></div>
        <p class="note">{{ t('mapNote') }}</p>
      </div>`
  };

  /**
   * An ECharts chart from an option the page computes; redrawn when the option changes. The chart object stays
   * outside Vue's reactive state, like Leaflet's.
   */
  Portal.components['e-chart'] = {
    props: { option: Object, label: String, height: { type: String, default: '20rem' } },
    setup() {
      return { holder: {} };
    },
    watch: {
      option() {
        this.draw();
      }
    },
    mounted() {
      this.holder.chart = echarts.init(this.$refs.chart);
      // The element may get its size only after it was mounted (the page shows itself once ready, a tab opens).
      this.holder.observer = new ResizeObserver(() => this.holder.chart && this.holder.chart.resize());
      this.holder.observer.observe(this.$refs.chart);
      this.draw();
    },
    unmounted() {
      this.holder.observer.disconnect();
      this.holder.chart.dispose();
      this.holder.chart = null;
    },
    methods: {
      draw() {
        if (this.holder.chart && this.option) {
          this.holder.chart.setOption(Object.assign({ animation: false }, this.option), true);
        }
      }
    },
    template: `<div ref="chart" class="chart" :style="{ height }" role="img" :aria-label="label"></div>`
  };
}());

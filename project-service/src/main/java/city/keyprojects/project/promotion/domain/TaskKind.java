package city.keyprojects.project.promotion.domain;

/**
 * What a promotion task is for. The onboarding kinds come from {@link OnboardingClock}, the backward-planned ones
 * from {@link BackwardPlanningTemplate}; {@link #CUSTOM} tasks are added one by one.
 */
public enum TaskKind {
    /** 明确项目专员 — onboarding. */
    OFFICER_NAMED,
    /** 现场踏勘 — onboarding. */
    SITE_SURVEY,
    /** 启动土地供应 — onboarding. */
    LAND_SUPPLY_STARTED,
    /** 召开项目推进会 — onboarding. */
    PROMOTION_MEETING,
    /** 立项及用地规划许可 — before the start. */
    PROJECT_APPROVAL,
    /** 完成土地供应 — before the start. */
    LAND_SUPPLY,
    /** 工程规划许可 — before the start. */
    ENGINEERING_PERMIT,
    /** 清表交地、水电路进场 — before the start. */
    SITE_HANDOVER,
    /** 施工许可 — before the start. */
    CONSTRUCTION_PERMIT,
    /** 联合验收 — by the completion. */
    COMPLETION_ACCEPTANCE,
    /** 设备安装调试 — before production. */
    EQUIPMENT_COMMISSIONING,
    /** 投产前许可（排污许可等） — before production. */
    PRODUCTION_PERMITS,
    /** Any other task the centre or the officer adds. */
    CUSTOM;

    public boolean isOnboarding() {
        return OnboardingClock.covers(this);
    }

    public boolean isBackwardPlanned() {
        return BackwardPlanningTemplate.covers(this);
    }
}

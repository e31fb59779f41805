package city.keyprojects.issue.visits.domain;

/** How the visit went: leaders and departments go to the site, or the centre calls the people concerned together. */
public enum VisitKind {
    /** 走访: a leader or a department on the site; a leader's count toward the monthly expectation. */
    SITE_VISIT,
    /** 专题推进会: a promotion meeting on one or more projects' problems; counted apart from site visits. */
    PROMOTION_MEETING
}

package city.keyprojects.approval.cases.domain;

import java.util.List;

/**
 * The one form (一张表单) an applicant fills for a whole stage: every item of the stage reads the same form instead
 * of each department asking again.
 *
 * @param attachments  links to the materials (the documents themselves live in the city's document store)
 */
public record ApplicationForm(String contactName, String contactPhone, String constructionContent,
        String siteAddress, List<String> attachments) {

    public ApplicationForm {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

package city.keyprojects.issue.tickets.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import city.keyprojects.issue.tickets.domain.Attachment;
import city.keyprojects.issue.tickets.domain.ProblemReport;
import city.keyprojects.issue.tickets.domain.Severity;
import city.keyprojects.issue.tickets.domain.TicketCategory;

/** A problem reported on a project (收集); attachments are links to documents kept elsewhere. */
record ReportProblemRequest(
        @NotBlank @Size(max = 100) String projectId,
        @NotNull TicketCategory category,
        @NotNull Severity severity,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 20) List<@NotNull @Valid AttachmentLink> attachments) {

    record AttachmentLink(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String url) {
    }

    ProblemReport toReport() {
        List<Attachment> links = attachments == null ? List.of()
                : attachments.stream().map(link -> new Attachment(link.name().strip(), link.url())).toList();
        return new ProblemReport(category, severity, title.strip(), description.strip(), links);
    }
}

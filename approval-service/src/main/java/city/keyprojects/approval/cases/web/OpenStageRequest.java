package city.keyprojects.approval.cases.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.cases.domain.ApplicationForm;

/** Opens a stage of a project's approval with the one form (一张表单) all its items share. */
record OpenStageRequest(
        @NotBlank @Size(max = 100) String projectId,
        @NotNull ApprovalStage stage,
        @NotNull @Valid Form form) {

    record Form(
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number") String contactPhone,
            @NotBlank @Size(max = 2000) String constructionContent,
            @Size(max = 200) String siteAddress,
            @Size(max = 50) List<@NotBlank @Size(max = 500)
                    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String> attachments) {
    }

    ApplicationForm toForm() {
        return new ApplicationForm(form.contactName().strip(), form.contactPhone().strip(),
                form.constructionContent().strip(), form.siteAddress() == null ? null : form.siteAddress().strip(),
                form.attachments());
    }
}

package city.keyprojects.approval.catalogue.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * What a catalogue version must satisfy before it is published. A field that is not acceptable on its own (a code
 * of the wrong form, a limit out of range) is a 400 naming the field; a catalogue whose items do not fit together
 * breaks a named rule (409 {@code rule-violation}).
 */
public final class CatalogueRules {

    public static final String EVERY_STAGE_HAS_ITEMS = "every-stage-has-items";
    public static final String ITEM_CODES_UNIQUE = "item-codes-unique";
    public static final String ONE_NAME_PER_DEPARTMENT = "one-name-per-department";

    public static final int MAX_ITEMS = 100;
    public static final int MIN_LIMIT_WORKING_DAYS = 1;
    /** About three months: a longer promised limit would be a typing error, not a promise. */
    public static final int MAX_LIMIT_WORKING_DAYS = 60;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 500;

    /** Item codes are stable identifiers that cases and events quote: upper-case words joined by underscores. */
    static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,59}");
    /** Department codes are the ones officers' tokens carry ({@code zjj}, {@code xfsy}). */
    static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9]{1,15}");

    private CatalogueRules() {
    }

    /**
     * All the checks, fields first.
     *
     * @throws InvalidInputException naming every field that is not acceptable
     * @throws RuleViolationException naming the first rule the items break together
     */
    public static void requireValid(List<CatalogueItem> items, int jointAcceptanceLimitWorkingDays, String note) {
        requireAcceptableFields(items, jointAcceptanceLimitWorkingDays, note);
        requireEveryStageHasItems(items);
        requireUniqueItemCodes(items);
        requireOneNamePerDepartment(items);
    }

    /** @throws InvalidInputException naming every field that is not acceptable on its own */
    static void requireAcceptableFields(List<CatalogueItem> items, int jointAcceptanceLimitWorkingDays,
            String note) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!isLimit(jointAcceptanceLimitWorkingDays)) {
            errors.add(limitError("jointAcceptanceLimitWorkingDays"));
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            errors.add(new InvalidInputException.FieldError("note",
                    "must be at most " + MAX_NOTE_LENGTH + " characters"));
        }
        if (items.size() > MAX_ITEMS) {
            // Not item by item: a list that long is a mistake as a whole.
            errors.add(new InvalidInputException.FieldError("items", "at most " + MAX_ITEMS + " items"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                addItemErrors(items.get(i), "items[" + i + "].", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Each of the four stages has at least one item: a stage without items could never be completed. */
    static void requireEveryStageHasItems(List<CatalogueItem> items) {
        Set<ApprovalStage> missing = EnumSet.allOf(ApprovalStage.class);
        items.forEach(item -> missing.remove(item.stage()));
        if (!missing.isEmpty()) {
            throw new RuleViolationException(EVERY_STAGE_HAS_ITEMS,
                    "Every stage needs at least one item; none for " + missing + ".");
        }
    }

    /** An item code names one item in the whole catalogue, whatever its stage. */
    static void requireUniqueItemCodes(List<CatalogueItem> items) {
        Set<String> seen = new HashSet<>();
        for (CatalogueItem item : items) {
            if (!seen.add(item.code())) {
                throw new RuleViolationException(ITEM_CODES_UNIQUE,
                        "The item code " + item.code() + " is used more than once.");
            }
        }
    }

    /** A department code stands for one department: all its items give it the same name. */
    static void requireOneNamePerDepartment(List<CatalogueItem> items) {
        Map<String, String> names = new HashMap<>();
        for (CatalogueItem item : items) {
            String first = names.putIfAbsent(item.department(), item.departmentName());
            if (first != null && !first.equals(item.departmentName())) {
                throw new RuleViolationException(ONE_NAME_PER_DEPARTMENT, "The department " + item.department()
                        + " is called both " + first + " and " + item.departmentName() + ".");
            }
        }
    }

    private static void addItemErrors(CatalogueItem item, String at, List<InvalidInputException.FieldError> errors) {
        if (!ITEM_CODE.matcher(item.code()).matches()) {
            errors.add(new InvalidInputException.FieldError(at + "code",
                    "must be 3 to 60 upper-case letters, digits or underscores, starting with a letter"));
        }
        if (!DEPARTMENT_CODE.matcher(item.department()).matches()) {
            errors.add(new InvalidInputException.FieldError(at + "department",
                    "must be 2 to 16 lower-case letters or digits, starting with a letter"));
        }
        addNameError(item.name(), at + "name", errors);
        addNameError(item.nameEn(), at + "nameEn", errors);
        addNameError(item.departmentName(), at + "departmentName", errors);
        if (!isLimit(item.limitWorkingDays())) {
            errors.add(limitError(at + "limitWorkingDays"));
        }
    }

    private static void addNameError(String name, String field, List<InvalidInputException.FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new InvalidInputException.FieldError(field, "must not be blank"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new InvalidInputException.FieldError(field,
                    "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
    }

    private static boolean isLimit(int workingDays) {
        return workingDays >= MIN_LIMIT_WORKING_DAYS && workingDays <= MAX_LIMIT_WORKING_DAYS;
    }

    private static InvalidInputException.FieldError limitError(String field) {
        return new InvalidInputException.FieldError(field, "must be " + MIN_LIMIT_WORKING_DAYS + " to "
                + MAX_LIMIT_WORKING_DAYS + " working days");
    }
}

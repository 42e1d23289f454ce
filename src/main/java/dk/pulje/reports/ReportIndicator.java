package dk.pulje.reports;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One of the pool's indicators as a report gives it: what was measured, in the
 * indicator's unit, with a comment where the number needs one ("omkring", "målt i fjerde
 * kvartal"). The value is empty until the report says it.
 */
@Table("project_report_indicator")
public record ReportIndicator(String name, String unit, @Nullable BigDecimal measured, @Nullable String comment) {
}

package dk.pulje.pools;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One of a pool's content areas (indsatsområder), with examples of the projects it
 * covers. Applications name it by its code, which stays the same when the pool's texts
 * are edited.
 */
@Table("pool_content_area")
public record ContentArea(String code, String name, @Nullable String description, @Nullable String examples) {
}

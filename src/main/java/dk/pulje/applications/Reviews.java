package dk.pulje.applications;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.ListCrudRepository;

interface Reviews extends ListCrudRepository<Review, Long> {

	Optional<Review> findByApplicationIdAndReviewer(Long applicationId, @Nullable String reviewer);

	List<Review> findByApplicationIdOrderById(Long applicationId);

	List<Review> findByReviewerOrderById(String reviewer);

	List<Review> findByApplicationIdIn(Collection<Long> applicationIds);

}

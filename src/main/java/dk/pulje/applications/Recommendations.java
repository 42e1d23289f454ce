package dk.pulje.applications;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Recommendations extends ListCrudRepository<Recommendation, Long> {

	List<Recommendation> findByListIdOrderById(Long listId);

	Optional<Recommendation> findByApplicationId(Long applicationId);

}

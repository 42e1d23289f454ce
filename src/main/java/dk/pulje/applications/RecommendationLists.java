package dk.pulje.applications;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RecommendationLists extends ListCrudRepository<RecommendationList, Long> {

	Optional<RecommendationList> findByCallId(Long callId);

	List<RecommendationList> findByStatusInOrderById(Collection<RecommendationStatus> statuses);

}

package dk.pulje.applications;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Applications extends ListCrudRepository<Application, Long> {

	List<Application> findByCallIdAndStatusInOrderById(Long callId, Collection<ApplicationStatus> statuses);

}

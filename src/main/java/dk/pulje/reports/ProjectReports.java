package dk.pulje.reports;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProjectReports extends ListCrudRepository<ProjectReport, Long> {

	Optional<ProjectReport> findByGrantedProjectIdAndObligationNo(Long grantedProjectId, int obligationNo);

}

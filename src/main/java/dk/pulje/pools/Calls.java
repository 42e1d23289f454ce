package dk.pulje.pools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Calls extends ListCrudRepository<Call, Long> {

	List<Call> findByPoolIdOrderByOpensAtAscIdAsc(Long poolId);

	/**
	 * Loads a call and holds its row until the transaction ends, so that two decisions on
	 * one call are taken one after the other and the second sees what the first granted.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Call> findLockedById(Long id);

}

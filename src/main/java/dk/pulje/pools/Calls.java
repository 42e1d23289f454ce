package dk.pulje.pools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Calls extends ListCrudRepository<Call, Long> {

	/**
	 * Written out rather than derived from the name: a derived query is built again on
	 * every call, which was a third of the time of a call's casework page.
	 */
	@Query("select * from pool_call where pool_id = :poolId order by opens_at, id")
	List<Call> findByPoolIdOrderByOpensAtAscIdAsc(Long poolId);

	/**
	 * Loads a call and holds its row until the transaction ends, so that two decisions on
	 * one call are taken one after the other and the second sees what the first granted.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Call> findLockedById(Long id);

}

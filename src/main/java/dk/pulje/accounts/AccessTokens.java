package dk.pulje.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AccessTokens extends ListCrudRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenDigest(String tokenDigest);

	List<AccessToken> findByAccountIdOrderByIdDesc(Long accountId);

}

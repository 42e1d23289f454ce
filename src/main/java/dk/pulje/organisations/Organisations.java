package dk.pulje.organisations;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import dk.pulje.money.Cvr;

interface Organisations extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByCvr(Cvr cvr);

	Optional<Organisation> findByOfficialCode(String officialCode);

}

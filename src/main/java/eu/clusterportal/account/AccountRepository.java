package eu.clusterportal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long> {

	/** The account with this e-mail address, however it is spelt. */
	default Optional<Account> findByEmail(String email) {
		return findByCanonicalEmail(EmailAddresses.canonical(email));
	}

	@Query("select a from Account a where a.email = :email")
	Optional<Account> findByCanonicalEmail(String email);

	long count();

	long countByRoleAndEnabledTrue(Role role);

	List<Account> findAllByOrderByEmailAsc();

	Optional<Account> findById(Long id);

	Account save(Account account);

}

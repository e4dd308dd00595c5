package eu.clusterportal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	long count();

	long countByRoleAndEnabledTrue(Role role);

	List<Account> findAllByOrderByEmailAsc();

	Optional<Account> findById(Long id);

	Account save(Account account);

}

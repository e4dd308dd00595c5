package eu.clusterportal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
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

	/** The security stamp of the enabled account with this canonical e-mail address. */
	@Query("select a.securityStamp from Account a where a.email = :email and a.enabled = true")
	Optional<UUID> findCurrentSecurityStamp(String email);

	/**
	 * The enabled accounts with this role, locked until the transaction ends, so that two
	 * admins taking away each other's rights at the same moment are counted one after the
	 * other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role and a.enabled = true")
	List<Account> lockEnabledByRole(Role role);

	/** The accounts with one of these roles, by address. */
	List<Account> findByRoleInOrderByEmailAsc(Collection<Role> roles);

	Optional<Account> findById(Long id);

	Account save(Account account);

}

package eu.clusterportal.member;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How members' registration works.
 *
 * @param confirmationValidity how long the link of a confirmation mail works
 * @param unconfirmedKept how long an unconfirmed registration is kept before it is
 * deleted
 * @param registrationsPerAddress registrations (and new links) allowed per e-mail address
 * within {@code registrationWindow}
 * @param registrationsPerNetwork the same per network (IPv4 /24, IPv6 /64)
 * @param registrationWindow the time in which those are counted
 */
@ConfigurationProperties("portal.members")
record MembersProperties(@DefaultValue("24h") Duration confirmationValidity,
		@DefaultValue("7d") Duration unconfirmedKept, @DefaultValue("3") int registrationsPerAddress,
		@DefaultValue("20") int registrationsPerNetwork, @DefaultValue("1h") Duration registrationWindow) {

}

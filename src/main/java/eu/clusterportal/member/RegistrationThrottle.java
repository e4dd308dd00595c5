package eu.clusterportal.member;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits registrations, and requests for a new confirmation link, per canonical e-mail
 * address and per network (the /24 of an IPv4 address, the /64 of an IPv6 one: what one
 * household or small office gets) within a window of time. The counts are rows of a
 * table, counted in one statement, so that every instance counts the same and requests
 * made at the same time cannot get past the limit. A refused request counts too.
 */
@Component
class RegistrationThrottle {

	/**
	 * What an IP address is when it is one: digits and dots, or hex digits and colons.
	 */
	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%a-zA-Z]*");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MembersProperties properties;

	RegistrationThrottle(JdbcClient jdbc, Clock clock, MembersProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Counts a request and answers whether it may go on.
	 * @param canonicalEmail the address as the account would keep it
	 * @param clientAddress the IP address the request came from
	 */
	boolean tryRequest(String canonicalEmail, String clientAddress) {
		Instant now = clock.instant();
		String address = "address:" + canonicalEmail;
		String network = "network:" + network(clientAddress);
		Map<String, Integer> counts = jdbc.sql("""
				insert into registration_throttle as t (throttle_key, attempts, window_ends_at)
				values (:address, 1, :ends), (:network, 1, :ends)
				on conflict (throttle_key) do update set
				    attempts = case when t.window_ends_at <= :now then 1 else t.attempts + 1 end,
				    window_ends_at = case when t.window_ends_at <= :now then excluded.window_ends_at
				                          else t.window_ends_at end
				returning throttle_key, attempts""")
			.param("address", address)
			.param("network", network)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("ends", now.plus(properties.registrationWindow()).atOffset(ZoneOffset.UTC))
			.query((row, number) -> Map.entry(row.getString("throttle_key"), row.getInt("attempts")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return counts.get(address) <= properties.registrationsPerAddress()
				&& counts.get(network) <= properties.registrationsPerNetwork();
	}

	/** Forgets the counts whose window ended before {@code before}. */
	int deleteEndedBefore(Instant before) {
		return jdbc.sql("delete from registration_throttle where window_ends_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * The network part of an IP address in hex; anything else (which a servlet container
	 * does not give) counts as itself.
	 */
	static String network(String clientAddress) {
		if (clientAddress == null || !IP_LITERAL.matcher(clientAddress).matches()) {
			return String.valueOf(clientAddress);
		}
		try {
			byte[] bytes = InetAddress.getByName(clientAddress).getAddress();
			return HexFormat.of().formatHex(Arrays.copyOf(bytes, (bytes.length == 4) ? 3 : 8));
		}
		catch (UnknownHostException ex) {
			return clientAddress;
		}
	}

}

package eu.clusterportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The portal's clock in {@link PortalIntegrationTest}s: the system's, which a test may
 * move on to see what happens later. A test that moves it puts it back with
 * {@link #reset()} afterwards, since every test shares it.
 */
public final class MovableClock extends Clock {

	private final Clock system;

	private volatile Duration ahead = Duration.ZERO;

	MovableClock(Clock system) {
		this.system = system;
	}

	/** Moves the clock on. */
	public void moveOn(Duration duration) {
		ahead = ahead.plus(duration);
	}

	/** Puts the clock back to the system's time. */
	public void reset() {
		ahead = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(system.withZone(zone), ahead);
	}

	@Override
	public Instant instant() {
		return system.instant().plus(ahead);
	}

}

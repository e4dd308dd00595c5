package eu.clusterportal.search;

import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Keeps a row's {@code search_vector_zh} ({@link ChineseIndex}) in step with its
 * translations: whenever Hibernate inserts a searchable row, or updates one and its
 * translations (or an untranslated field the vector holds) changed, the vector is written
 * in the same transaction, right after the row. No entity maps the column, so editing
 * code knows nothing of it; the write of the translations is what tells the page cache of
 * the change.
 */
final class ChineseSearchIndexer implements Integrator, PostInsertEventListener, PostUpdateEventListener {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		ChineseIndex.of(event.getEntity().getClass())
			.ifPresent((index) -> write(event.getSession(), index, event.getId(),
					values(event.getPersister(), index, event.getState())));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		ChineseIndex.of(event.getEntity().getClass()).ifPresent((index) -> {
			Object[] values = values(event.getPersister(), index, event.getState());
			if (event.getOldState() == null
					|| !Arrays.equals(values, values(event.getPersister(), index, event.getOldState()))) {
				write(event.getSession(), index, event.getId(), values);
			}
		});
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/** The values of the index's attributes in a row's state. */
	private static Object[] values(EntityPersister persister, ChineseIndex index, Object[] state) {
		List<String> names = Arrays.asList(persister.getPropertyNames());
		return index.attributes().stream().map((name) -> state[names.indexOf(name)]).toArray();
	}

	private static void write(SharedSessionContractImplementor session, ChineseIndex index, Object id,
			Object[] values) {
		List<String> attributes = index.attributes();
		// an enumeration (an organisation's type) as its name, as the column holds it
		String vector = index.vector((name) -> Objects.toString(values[attributes.indexOf(name)], null));
		session.doWork((connection) -> {
			try (PreparedStatement update = connection.prepareStatement(
					"update " + index.table() + " set search_vector_zh = cast(? as tsvector) where id = ?")) {
				update.setString(1, vector);
				update.setLong(2, ((Number) id).longValue());
				update.executeUpdate();
			}
		});
	}

}

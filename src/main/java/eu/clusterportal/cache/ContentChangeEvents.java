package eu.clusterportal.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Hears every row Hibernate writes, of any entity, so that no new feature can forget to
 * invalidate: a transaction that wrote anything notifies the other instances as it
 * commits ({@code pg_notify}, delivered only on commit) and clears this instance's caches
 * once it has committed.
 */
final class ContentChangeEvents
		implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final ChangeNotifications notifications;

	private final ContentCaches caches;

	/** Sessions whose current transaction has written. */
	private final Set<SharedSessionContractImplementor> writing = ConcurrentHashMap.newKeySet();

	ContentChangeEvents(ChangeNotifications notifications, ContentCaches caches) {
		this.notifications = notifications;
		this.caches = caches;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		changed(event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(SharedSessionContractImplementor session) {
		if (!this.writing.add(session)) {
			return;
		}
		session.getTransactionCompletionCallbacks()
			.registerCallback((BeforeCompletionCallback) (committing) -> committing.doWork(this.notifications::send));
		session.getTransactionCompletionCallbacks()
			.registerCallback((AfterCompletionCallback) (committed, completed) -> {
				this.writing.remove(session);
				if (committed) {
					this.caches.clear();
				}
			});
	}

}

package vn.dossierledger.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Makes a read model's event handler fail with the cause that
 * {@link NarrowingEventProcessor} found when it processes an event that cannot be stored,
 * so that the event fails inside its own handler invocation and Axon's dead-lettering
 * invoker parks it (and its dossier's later events) with that cause. Only handlers of
 * processing groups are wrapped; in every other unit of work they run as they are.
 */
public class QuarantiningHandlerEnhancer implements HandlerEnhancerDefinition {

	/**
	 * The unit-of-work resource holding the {@link EventNotStorableException} of the
	 * event processed.
	 */
	static final String RESOURCE = QuarantiningHandlerEnhancer.class.getName() + ".cause";

	@Override
	public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
		if (!isReadModelHandler(original)) {
			return original;
		}
		return new WrappedMessageHandlingMember<>(original) {
			@Override
			public Object handle(Message<?> message, T target) throws Exception {
				if (CurrentUnitOfWork.isStarted()) {
					Object cause = CurrentUnitOfWork.get().root().getResource(RESOURCE);
					if (cause instanceof EventNotStorableException notStorable
							&& notStorable.eventIdentifier().equals(message.getIdentifier())) {
						throw notStorable;
					}
				}
				return super.handle(message, target);
			}
		};
	}

	private static boolean isReadModelHandler(MessageHandlingMember<?> member) {
		try {
			return member.declaringClass().isAnnotationPresent(ProcessingGroup.class);
		}
		catch (UnsupportedOperationException ex) {
			return false;
		}
	}

}

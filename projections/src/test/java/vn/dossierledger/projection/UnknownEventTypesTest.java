package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;

class UnknownEventTypesTest {

	@Test
	void anEventOfAnUnknownTypeFailsItsHandlerNamingTheReadModelAndTheStoredType() {
		UnknownSerializedType unknown = new UnknownSerializedType(mock(Serializer.class), new SimpleSerializedObject<>(
				new byte[0], byte[].class, "vn.dossierledger.events.dossier.DossierTeleportedEvent", "1"));
		SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
			.eventHandlers(new UnknownEventTypes("dossier-status"))
			.listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
			.build();

		assertThatThrownBy(() -> invoker.handle(GenericEventMessage.asEventMessage(unknown), Segment.ROOT_SEGMENT))
			.isInstanceOf(UnknownEventTypes.UnknownEventTypeException.class)
			.hasMessage("dossier-status cannot read this event: its type "
					+ "vn.dossierledger.events.dossier.DossierTeleportedEvent is unknown to this release");
	}

}

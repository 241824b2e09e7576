package dev.rounds.publish;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class TwitterChannelContractTest extends ChannelContract {

    private final XStub x = new XStub();

    @BeforeEach
    void accept() {
        x.acceptAll();
    }

    @AfterEach
    void stop() {
        x.close();
    }

    @Override
    Channel channel() {
        return x.channel(new RecordingLog());
    }

    @Override
    List<String> delivered() {
        return x.postedTexts();
    }
}

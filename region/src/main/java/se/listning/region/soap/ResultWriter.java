package se.listning.region.soap;

import java.util.function.Consumer;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;

/** Writes an outcome into the resultCode/resultText pair every response type has (text made safe by {@link AnswerText}). */
record ResultWriter(Consumer<ResultCodeEnum> code, Consumer<String> text) {

    void write(Outcome outcome) {
        code.accept(ContractMapping.resultCode(outcome.code()));
        if (outcome.text() != null && !outcome.text().isBlank()) {
            text.accept(AnswerText.safe(outcome.text()));
        }
    }

    void error(String message) {
        write(new Outcome(ResultCode.ERROR, message));
    }
}

package org.doppel.eval;

/**
 * What {@link ProvenanceEvaluation} computes.
 *
 * @param direction direction accuracy on pairs with evidence, and answers on pairs without
 * @param familyAri adjusted Rand index of the predicted families against those the truth implies
 * @param familiesFrom where the predicted families came from: "families file" or "predicted pairs"
 * @param documents documents clustered
 * @param truthFamilies truth families of two or more documents
 * @param predictedFamilies predicted families of two or more documents
 */
public record ProvenanceResult(DirectionScores direction, double familyAri, String familiesFrom, int documents,
    int truthFamilies, int predictedFamilies) {}

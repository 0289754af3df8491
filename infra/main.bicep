// Matchmaker on Azure: `azd up` deploys this at subscription scope. It creates the resource group and
// everything in it; docs/deploy.md walks through it.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the azd environment; it names the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource; it must offer Flex Consumption.')
param location string

@description('Memory of each instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@secure()
@description('SendGrid API key, kept in Key Vault. Empty: no email is sent; each is written to the outbox folder.')
param sendGridApiKey string = ''

@secure()
@description('A coordinator key, kept in Key Vault. Empty: only Entra ID coordinators (Easy Auth) act as coordinator.')
param coordinatorKey string = ''

@secure()
@description('Key of the suppression list\'s address hashes (at least 32 characters), kept in Key Vault. Set it once, before the first email; a provision without it keeps the secret in the vault.')
param suppressionKey string = ''

@secure()
@description('SendGrid\'s Signed Event Webhook verification key, kept in Key Vault. Empty: the secret is left as it is, and until it exists the webhook answers 503.')
param eventWebhookPublicKey string = ''

@description('Sender address of the app\'s emails (a sender SendGrid has verified).')
param emailFrom string = ''

@description('Base address for links in emails; empty means the function app\'s own https address.')
param publicBaseUrl string = ''

@description('Turn on Entra ID sign-in (Easy Auth) so that users with the app role "coordinator" act as coordinators.')
param enableEasyAuth bool = false

@description('Application (client) id of the Entra ID app registration used by Easy Auth.')
param easyAuthClientId string = ''

@description('Entra ID tenant of that app registration; empty means the subscription\'s tenant.')
param easyAuthTenantId string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var appName = 'func-matchmaker-${resourceToken}'
var deploymentContainerName = 'app-package'

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    name: 'id-matchmaker-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    logAnalyticsName: 'log-matchmaker-${resourceToken}'
    applicationInsightsName: 'appi-matchmaker-${resourceToken}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    dataPrincipalId: identity.outputs.principalId
    deploymentContainerName: deploymentContainerName
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: group
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    sendGridApiKey: sendGridApiKey
    coordinatorKey: coordinatorKey
    suppressionKey: suppressionKey
    eventWebhookPublicKey: eventWebhookPublicKey
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: group
  params: {
    planName: 'plan-matchmaker-${resourceToken}'
    appName: appName
    location: location
    tags: tags
    appTags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    sendGridSecretUri: vault.outputs.sendGridSecretUri
    hasSendGridSecret: !empty(sendGridApiKey)
    coordinatorSecretUri: vault.outputs.coordinatorSecretUri
    hasCoordinatorSecret: !empty(coordinatorKey)
    suppressionKeySecretUri: vault.outputs.suppressionKeySecretUri
    eventWebhookPublicKeySecretUri: vault.outputs.eventWebhookPublicKeySecretUri
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    emailFrom: emailFrom
    publicBaseUrl: publicBaseUrl
    enableEasyAuth: enableEasyAuth
    easyAuthClientId: easyAuthClientId
    easyAuthTenantId: empty(easyAuthTenantId) ? tenant().tenantId : easyAuthTenantId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output MATCHMAKER_API_URL string = '${functionApp.outputs.uri}/api'
output MATCHMAKER_REVIEW_URL string = '${functionApp.outputs.uri}/api/review'
